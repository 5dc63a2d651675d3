package org.sharewell.mail;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * An email to write from one of the templates, for {@link Letters}.
 *
 * @param to            the recipient's address
 * @param recipientName whom to greet by name; null for "Hello," alone
 * @param template      the template's name: its path under {@code email/} without {@code .txt},
 *                      such as {@code licensing/granted}
 * @param values        what the template names, as plain text (dates already written the UK way)
 */
public record Letter(String to, @Nullable String recipientName, String template, Map<String, Object> values) {

    public Letter {
        values = Map.copyOf(values);
    }
}
