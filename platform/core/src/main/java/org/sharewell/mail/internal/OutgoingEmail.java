package org.sharewell.mail.internal;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * An unsent email as the sender needs it, locked for the transaction that sends it.
 *
 * @param messageId fixed when it was queued, so every attempt carries the same one
 * @param html      the HTML alternative of the body, if it has one
 * @param attachment a file sent with it, if it has one
 * @param attempts  how many times sending was tried before this attempt
 */
record OutgoingEmail(UUID id, String recipient, String subject, String body, @Nullable String html,
                     org.sharewell.mail.@Nullable Attachment attachment, String messageId,
                     int attempts) {
}
