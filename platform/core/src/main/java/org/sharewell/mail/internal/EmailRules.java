package org.sharewell.mail.internal;

import org.sharewell.kernel.EmailAddresses;

import org.sharewell.mail.Email;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an email must be to be queued. The same limits are checks on the table, so nothing slips in
 * another way; checking here first turns them into plain messages for the field concerned.
 */
final class EmailRules {

    static final int LONGEST_SUBJECT = 200;
    static final int LONGEST_TEXT = 100_000;
    static final int LONGEST_HTML = 300_000;
    static final int LONGEST_ATTACHMENT = 1_000_000;

    private EmailRules() {
    }

    /** Field ({@code to}, {@code subject}, {@code text}) to problem, in that order; empty when fine. */
    static Map<String, String> problemsWith(Email email) {
        var problems = new LinkedHashMap<String, String>();
        problemWithAddress(email.to()).ifPresent(problem -> problems.put("to", problem));
        problemWithSubject(email.subject()).ifPresent(problem -> problems.put("subject", problem));
        problemWithText(email.text()).ifPresent(problem -> problems.put("text", problem));
        if (email.html() != null && email.html().length() > LONGEST_HTML) {
            problems.put("html", "Use at most 300,000 characters for the HTML alternative.");
        }
        var attachment = email.attachment();
        if (attachment != null && (attachment.content().length() > LONGEST_ATTACHMENT
                || !attachment.filename().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
                || !attachment.contentType().matches("[a-z]+/[a-z0-9.+-]+(; ?[a-z-]+=[A-Za-z0-9-]+)*"))) {
            problems.put("attachment", "Attach a text file of at most 1,000,000 characters, with a plain file name and type.");
        }
        return problems;
    }

    /** The kernel's one rule for an address; an email may not go to a blank one either. */
    static Optional<String> problemWithAddress(String to) {
        if (to == null || to.isBlank()) {
            return Optional.of("Enter the email address to send to.");
        }
        return EmailAddresses.problemWith(to);
    }

    /** Checked as it will be stored: without surrounding white space. */
    static Optional<String> problemWithSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.of("Enter a subject.");
        }
        String line = subject.strip();
        if (line.length() > LONGEST_SUBJECT) {
            return Optional.of("Use at most " + LONGEST_SUBJECT + " characters for the subject.");
        }
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            return Optional.of("Keep the subject to one line.");
        }
        return Optional.empty();
    }

    static Optional<String> problemWithText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the text of the email.");
        }
        if (text.length() > LONGEST_TEXT) {
            return Optional.of("Use at most 100,000 characters for the text.");
        }
        return Optional.empty();
    }
}
