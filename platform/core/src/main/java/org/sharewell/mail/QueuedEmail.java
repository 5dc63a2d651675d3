package org.sharewell.mail;

import java.time.Instant;

/** An email in the outbox and how its delivery is going. */
public record QueuedEmail(Email email, Instant queuedAt, Instant sentAt, int attempts, String lastProblem) {

    public boolean sent() {
        return sentAt != null;
    }
}
