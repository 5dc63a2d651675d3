package org.sharewell.publishing.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.publishing.Comparison;

import static org.assertj.core.api.Assertions.assertThat;

class WordComparisonTests {

    @Test
    void aChangedLineMarksOnlyTheWordsThatChanged() {
        var rows = WordComparison.rows("Be kind online.\n\nReport abuse.", "Be kind and polite online.\n\nReport abuse.");
        assertThat(rows.getFirst().kind()).isEqualTo(Comparison.Kind.CHANGED);
        assertThat(rows.getFirst().after()).contains("<ins>").contains("polite").startsWith("Be kind");
        assertThat(rows.getLast().kind()).isEqualTo(Comparison.Kind.SAME);
    }

    @Test
    void markupInTheTextIsEscapedSoOnlyTheMarksAreHtml() {
        var rows = WordComparison.rows("Hello", "Hello <script>alert(1)</script> & <b>bye</b>");
        String after = rows.getFirst().after();
        assertThat(after).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;").contains("&amp;");
    }
}
