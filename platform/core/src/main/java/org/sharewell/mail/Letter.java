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
 * @param attachment    a file sent with it, such as a calendar entry; null for none
 */
public record Letter(String to, @Nullable String recipientName, String template, Map<String, Object> values,
                     @Nullable Attachment attachment) {

    public Letter {
        values = Map.copyOf(values);
    }

    public Letter(String to, @Nullable String recipientName, String template, Map<String, Object> values) {
        this(to, recipientName, template, values, null);
    }
}
