package org.sharewell.mail;

import org.jspecify.annotations.Nullable;

/**
 * An email to one person.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param text    the body, plain text in plain English
 * @param html    the same body as HTML, for mail programs that show it; null for plain text only
 * @param attachment a file sent with it, such as a calendar entry; null for none
 */
public record Email(String to, String subject, String text, @Nullable String html, @Nullable Attachment attachment) {

    /** A plain-text email. */
    public Email(String to, String subject, String text) {
        this(to, subject, text, null, null);
    }

    /** An email with an HTML alternative and nothing attached. */
    public Email(String to, String subject, String text, @Nullable String html) {
        this(to, subject, text, html, null);
    }
}
