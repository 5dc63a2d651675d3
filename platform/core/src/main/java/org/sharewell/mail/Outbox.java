package org.sharewell.mail;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import java.util.List;

/**
 * Queues email in the database, in the caller's transaction, for the current tenant; the platform
 * then sends it over SMTP, as timed work on the {@link org.sharewell.timetable.Timetable}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #queue} must be called inside a transaction bound to a tenant. If that transaction
 *       rolls back, nothing is sent. Once it commits, the email is sent within seconds, retried with
 *       growing pauses (by default up to an hour apart) while sending fails, and never given up on.</li>
 *   <li>Each email is sent once and marked sent once. The one exception: if the platform stops after
 *       the mail server accepted an email but before that was recorded, the email goes again, with
 *       the same Message-ID so that mail systems can recognise the repeat.</li>
 * </ul>
 */
public interface Outbox {

    /**
     * Queues the email for the current tenant.
     *
     * @throws org.sharewell.kernel.InvalidInput if the address is not one plain email address (such as
     *         {@code name@example.org}), or the subject or text is empty or too long; nothing is queued
     * @throws IllegalStateException if no tenant is bound to the work
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    void queue(Email email);

    /**
     * The current tenant's most recent email, newest first, with its delivery state. Only for a
     * tenant admin: the text of an email can carry links meant for its recipient alone.
     *
     */
    Page<QueuedEmail> recent(PageRequest page);

    /**
     * Every email of the current tenant addressed to the given address, ignoring case, newest first:
     * for a person's copy of the data held about them. Only for a tenant admin, as {@link #recent}.
     */
    List<QueuedEmail> emailTo(String address);

    /**
     * Deletes every email of the current tenant addressed to the given address, sent or still to be
     * sent, ignoring case: for erasing a person's data, whose email holds their address, their name
     * and links meant for them alone. Sent email of everyone else is kept for
     * {@code sharewell.mail.keep-sent-for} and then deleted.
     *
     * @return how many emails were deleted
     * @throws IllegalStateException if no tenant is bound to the work
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    int forgetEmailTo(String address);
}
