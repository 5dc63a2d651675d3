package org.sharewell.publishing;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A document's Markdown as HTML that is safe to put on any page: CommonMark escapes any HTML written in
 * the text and drops {@code javascript:} links, then OWASP's sanitiser keeps only the elements and
 * attributes a document may hold. Two layers, so that a gap in either is not a hole. Depth is bounded
 * (nested lists and quotes, inline nesting), so no text can exhaust the stack.
 */
public final class Markdown {

    /** The longest text rendered, in characters: a long policy is a tenth of this. */
    public static final int MOST_CHARACTERS = 200_000;

    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(16).maxInlineNesting(16).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final PolicyFactory SAFE = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
                    "strong", "a", "hr", "br", "del")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("start").matching(true, "[0-9]{1,4}").onElements("ol")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private Markdown() {
    }

    /**
     * The text as safe HTML.
     *
     * @throws IllegalArgumentException if it is longer than {@link #MOST_CHARACTERS}: callers refuse such
     *                                  text when it is written, so it never reaches here from a person
     */
    public static String toSafeHtml(String markdown) {
        if (markdown.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("Text of " + markdown.length() + " characters is too long to show");
        }
        return SAFE.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
