package org.sharewell.mail;

import java.time.Instant;

/**
 * An email in the outbox and how its delivery is going.
 *
 * @param email       what was queued
 * @param queuedAt    when the transaction that queued it ran
 * @param sentAt      when a mail server accepted it; null while it is still to be sent
 * @param attempts    how many times sending has been tried, the successful attempt included
 * @param lastProblem why the latest failed attempt failed, in plain English; null if none failed.
 *                    Kept after a later success, as a record of the delay
 */
public record QueuedEmail(Email email, Instant queuedAt, Instant sentAt, int attempts, String lastProblem) {

    public boolean sent() {
        return sentAt != null;
    }
}
