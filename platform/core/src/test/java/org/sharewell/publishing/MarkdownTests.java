package org.sharewell.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile Markdown renders as harmless text: nothing in a document can run in a reader's browser. */
class MarkdownTests {

    @Test
    void ordinaryMarkdownBecomesHeadingsParagraphsListsAndLinks() {
        String html = Markdown.toSafeHtml("""
                # Our policy

                We post **with care**, see [our guide](https://example.org/guide).

                1. Check the facts
                2. Ask first""");
        assertThat(html).contains("<h1>Our policy</h1>").contains("<strong>with care</strong>")
                .contains("<a href=\"https://example.org/guide\"").contains("noopener").contains(">our guide</a>")
                .contains("<ol><li>Check the facts</li>");
    }

    @Test
    void scriptTagsAndEventHandlersAreShownAsTextNeverAsMarkup() {
        String html = Markdown.toSafeHtml("""
                <script>alert(1)</script>

                <img src=x onerror="alert(2)">

                <a href="https://example.org" onclick="alert(3)">click</a>""");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a href=\"https://example.org\" onclick");
        assertThat(html).as("shown as text").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        for (String link : new String[]{"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                "vbscript:msgbox(1)", "java&#x09;script:alert(1)"}) {
            String html = Markdown.toSafeHtml("[click](" + link + ") and <" + link + ">");
            var targets = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html).results()
                    .map(target -> target.group(1).toLowerCase()).toList();
            assertThat(html).as(link).contains("click");
            assertThat(targets).as(link).allSatisfy(target -> assertThat(target).doesNotContain("script:")
                    .doesNotStartWith("data:"));
        }
    }

    @Test
    void svgAndStyleAndIframesNeverSurvive() {
        String html = Markdown.toSafeHtml("""
                <svg onload="alert(1)"><script>alert(2)</script></svg>

                <style>body { display: none }</style>

                <iframe src="https://evil.example"></iframe>

                ![a picture](https://evil.example/track.png)""");
        assertThat(html).doesNotContain("<svg").doesNotContain("<style").doesNotContain("<iframe").doesNotContain("<img");
    }

    @Test
    void deeplyNestedListsAndQuotesRenderWithoutExhaustingTheStack() {
        var nested = new StringBuilder();
        for (int depth = 0; depth < 2_000; depth++) {
            nested.append("  ".repeat(depth % 30)).append("- level ").append(depth).append('\n');
        }
        assertThat(nested.length()).isLessThan(Markdown.MOST_CHARACTERS);
        assertThat(Markdown.toSafeHtml(nested.toString())).contains("level 1999");
        assertThat(Markdown.toSafeHtml(">".repeat(50_000) + " deep")).contains("deep");
        assertThat(Markdown.toSafeHtml("*".repeat(30_000) + "x" + "*".repeat(30_000))).isNotNull();
        assertThat(Markdown.toSafeHtml("[".repeat(20_000) + "x" + "](y)".repeat(20_000))).isNotNull();
    }

    @Test
    void textLongerThanAnyDocumentMayBeIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> Markdown.toSafeHtml("x".repeat(5 * 1024 * 1024)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
