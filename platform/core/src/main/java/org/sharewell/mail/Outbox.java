package org.sharewell.mail;

import java.util.List;

/**
 * Queues email in the database, in the caller's transaction, for the current tenant.
 *
 * <p>Contract: {@link #queue} must be called inside a transaction bound to a tenant. If that
 * transaction rolls back, nothing is sent; once it commits, the email is sent over SMTP, retried
 * with growing pauses while sending fails, and marked sent exactly once.
 */
public interface Outbox {

    void queue(Email email);

    /** The current tenant's most recent email, newest first, with its delivery state. */
    List<QueuedEmail> recent(int limit);
}
