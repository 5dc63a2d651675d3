package org.sharewell.mail.internal;

import org.springframework.web.util.HtmlUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a letter: the same words, each paragraph a paragraph, each web address
 * a link, and lines that wrap on any screen (the plain text's long lines do not, in some mail
 * programs). Everything is escaped first, so nothing in the letter is ever read as markup.
 */
final class HtmlAlternative {

    /** A web address, ending before punctuation that closes a sentence. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private HtmlAlternative() {
    }

    static String of(LetterText letter) {
        var html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        html.append("<title>").append(HtmlUtils.htmlEscape(letter.subject())).append("</title>\n");
        html.append("</head><body style=\"font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; "
                + "color: #1b1b1b; max-width: 40em; margin: 0 auto; padding: 1em; overflow-wrap: anywhere;\">\n");
        html.append(paragraph(letter.greeting()));
        letter.paragraphs().forEach(paragraph -> html.append(paragraph(paragraph)));
        html.append(paragraph(letter.signOff()));
        return html.append("</body></html>\n").toString();
    }

    private static String paragraph(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        Matcher address = ADDRESS.matcher(escaped);
        var linked = new StringBuilder();
        while (address.find()) {
            address.appendReplacement(linked, Matcher.quoteReplacement(
                    "<a href=\"" + address.group() + "\">" + address.group() + "</a>"));
        }
        address.appendTail(linked);
        return "<p>" + linked.toString().replace("\n", "<br>\n") + "</p>\n";
    }
}
