package org.sharewell.mail;

/**
 * A plain-text email to one person.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param text    the body, plain text in plain English
 */
public record Email(String to, String subject, String text) {
}
