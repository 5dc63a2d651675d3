package org.sharewell.mail;

/**
 * A file sent with an email, such as a calendar entry. Text only: what Sharewell attaches is written
 * by Sharewell, never uploaded by people, so it needs no scanning.
 *
 * @param filename    the name the recipient's mail program shows and saves it as, such as {@code surgery.ics}
 * @param contentType its media type, such as {@code text/calendar; method=PUBLISH}
 * @param content     the file's text
 */
public record Attachment(String filename, String contentType, String content) {
}
