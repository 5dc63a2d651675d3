package org.sharewell.publishing;

import java.util.List;

/**
 * Two versions side by side, line by line, the changed words marked: in {@code before} and {@code after}
 * the text is HTML-escaped, a removed word is in {@code <del>} and an added one in {@code <ins>}.
 */
public record Comparison(DocumentRef document, int from, int to, List<Row> rows) {

    public record Row(Kind kind, String before, String after) {
    }

    public enum Kind {
        SAME, CHANGED, ADDED, REMOVED
    }
}
