package org.sharewell.publishing.internal;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.sharewell.publishing.Comparison;

import java.util.Arrays;
import java.util.List;

/**
 * Two texts side by side, line by line, the changed words marked, by java-diff-utils. Each line is
 * escaped as HTML text before it is compared, so only the marks it adds are markup. Pure.
 */
final class WordComparison {

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .lineNormalizer(WordComparison::escaped)
            .build();

    private WordComparison() {
    }

    static List<Comparison.Row> rows(String before, String after) {
        return ROWS.generateDiffRows(lines(before), lines(after)).stream().map(WordComparison::row).toList();
    }

    private static Comparison.Row row(DiffRow row) {
        var kind = switch (row.getTag()) {
            case EQUAL -> Comparison.Kind.SAME;
            case CHANGE -> Comparison.Kind.CHANGED;
            case INSERT -> Comparison.Kind.ADDED;
            case DELETE -> Comparison.Kind.REMOVED;
        };
        return new Comparison.Row(kind, row.getOldLine(), row.getNewLine());
    }

    /** Each line's text as HTML text, before the marks are added: all of it, ampersands too. */
    private static String escaped(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\t", "    ");
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
