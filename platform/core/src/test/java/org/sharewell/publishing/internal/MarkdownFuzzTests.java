package org.sharewell.publishing.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.owasp.html.Encoding;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Placeholder;

import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text at all, as a document or as an answer put into one, renders to HTML holding only the
 * elements a document may hold, no event handler and no link that runs script. Jazzer generates the
 * text, guided by which branches of CommonMark and the sanitiser it reaches. The build fuzzes for the
 * duration given (the core module's surefire sets {@code JAZZER_FUZZ=1}), starting from the inputs
 * kept under {@code src/test/resources}; an input that breaks it is written there, to replay.
 */
class MarkdownFuzzTests {

    private static final Set<String> ALLOWED = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
            "pre", "code", "em", "strong", "a", "hr", "br", "del");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    /** A URL's scheme, as RFC 3986 spells one; anything else before a colon makes the link relative. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    @FuzzTest(maxDuration = "20s")
    void anyTextRendersWithNothingThatRuns(FuzzedDataProvider data) {
        String answer = data.consumeString(300);
        String text = data.consumeRemainingAsString();
        assertSafe(Markdown.toSafeHtml(text));
        String filled = Markdown.toSafeHtml("Ask " + Placeholders.fill("{{communications_contact}}", Map.of(Placeholder.COMMUNICATIONS_CONTACT, answer)) + " first.");
        assertSafe(filled);
        assertThat(TAG.matcher(filled).results().map(tag -> tag.group(1)).distinct().toList())
                .as("an answer never makes markup of its own").containsOnly("p");
    }

    private static void assertSafe(String html) {
        var tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(ALLOWED).as("element in %s", html).contains(tags.group(1).toLowerCase());
            assertThat(HANDLER.matcher(tags.group(2)).find()).as("event handler in %s", html).isFalse();
        }
        var hrefs = HREF.matcher(html);
        while (hrefs.find()) {
            // As a browser reads the link: the attribute decoded once, tabs and newlines dropped, leading
            // spaces and controls skipped, and then its scheme, if what comes before the first colon is one.
            String target = Encoding.decodeHtml(hrefs.group(1), true).replaceAll("[\\t\\n\\r]", "")
                    .replaceFirst("^[\\x00-\\x20]+", "");
            var scheme = SCHEME.matcher(target);
            if (scheme.find()) {
                assertThat(scheme.group(1).toLowerCase(Locale.ROOT)).as("link in %s", html)
                        .isNotIn("javascript", "vbscript", "data");
            }
        }
    }
}
