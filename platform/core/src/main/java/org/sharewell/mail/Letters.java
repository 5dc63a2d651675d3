package org.sharewell.mail;

/**
 * The one way a module writes an email: from a template, in the same shape for every email. The
 * greeting, the sign-off naming the organisation, and the HTML alternative are added here, so a
 * template holds only what the email is about.
 *
 * <p>A template is a plain-text file at {@code src/main/resources/email/<module>/<name>.txt}, in
 * Thymeleaf's text mode: its first line is the subject, then a blank line, then the body, which
 * names the letter's values as {@code [(${name})]}. The bound organisation's name is there as
 * {@code organisation}. Values are put in as they are, never read as template text, so what a
 * person typed cannot change the email around it; in the HTML alternative every value is escaped.
 *
 * <p>Contract: as {@link Outbox#queue}, in the caller's transaction for the bound tenant.
 *
 * @throws IllegalArgumentException if the template does not exist or has no subject line
 */
public interface Letters {

    void send(Letter letter);
}
