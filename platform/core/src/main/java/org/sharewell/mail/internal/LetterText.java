package org.sharewell.mail.internal;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A letter written from its template, in the shape every email has: the subject (the template's
 * first line), a greeting, the body's paragraphs and the sign-off naming the organisation.
 */
record LetterText(String subject, String greeting, List<String> paragraphs, String signOff) {

    static LetterText of(String written, @Nullable String recipientName, String organisation) {
        String normalised = written.replace("\r\n", "\n");
        int end = normalised.indexOf('\n');
        String subject = (end < 0 ? normalised : normalised.substring(0, end)).strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("An email template begins with its subject line");
        }
        String body = end < 0 ? "" : normalised.substring(end + 1).strip();
        var paragraphs = body.isEmpty() ? List.<String>of()
                : List.of(body.split("\n[ \t]*\n")).stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
        String greeting = recipientName == null || recipientName.isBlank() ? "Hello," : "Hello " + recipientName.strip() + ",";
        return new LetterText(subject, greeting, paragraphs, "This email was sent by Sharewell for " + organisation + ".");
    }

    /** The plain-text email: greeting, paragraphs and sign-off, a blank line between each. */
    String text() {
        var text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        return text.append(signOff).append('\n').toString();
    }
}
