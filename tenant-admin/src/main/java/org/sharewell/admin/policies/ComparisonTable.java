package org.sharewell.admin.policies;

import com.vaadin.flow.component.Html;
import org.sharewell.publishing.Comparison;

import java.util.List;

/**
 * Two versions side by side as a table, one row a line, the changed words marked. The rows' text is
 * already escaped by the comparison: only its {@code <del>} and {@code <ins>} marks are markup.
 */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static Html of(String caption, int from, int to, List<Comparison.Row> rows) {
        var table = new StringBuilder("<div><table class=\"comparison\"><caption>").append(escaped(caption))
                .append("</caption><thead><tr><th scope=\"col\">Version ").append(from).append("</th><th scope=\"col\">Version ")
                .append(to).append("</th></tr></thead><tbody>");
        for (var row : rows) {
            table.append("<tr class=\"").append(row.kind().name().toLowerCase()).append("\"><td>").append(row.before())
                    .append("</td><td>").append(row.after()).append("</td></tr>");
        }
        return new Html(table.append("</tbody></table></div>").toString());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
