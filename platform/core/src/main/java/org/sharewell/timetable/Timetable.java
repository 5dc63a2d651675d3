package org.sharewell.timetable;

import java.time.Instant;
import java.util.UUID;

/**
 * Puts timed work down for the current organisation: a {@link TimedJob}, for one subject, due at a
 * time. The platform then runs it at that time, or within a second or so of it
 * ({@code sharewell.timetable.poll-interval}), as described on {@link TimedJob}.
 *
 * <p>Contract:
 * <ul>
 *   <li>Who may call: the modules' own code (services, and jobs rescheduling themselves), inside a
 *       transaction bound to a tenant. It checks nobody's role: it is never offered to people
 *       directly, and whoever can change an organisation's data may make its work due.</li>
 *   <li>Transaction: both operations join the caller's transaction. If it rolls back, nothing is
 *       scheduled or cancelled; once it commits, work due within the poll interval is looked for at
 *       once, so an email queued now is sent within moments rather than at the next poll.</li>
 *   <li>One entry per job and subject in an organisation. Scheduling it again keeps the earlier of
 *       the two due times (and any failures recorded so far), so several reasons to do the same work
 *       do it once, at the first of them.</li>
 *   <li>On failure: if the caller's transaction is not bound to a tenant, or there is none, it is
 *       refused with {@link IllegalStateException} or
 *       {@link org.springframework.transaction.IllegalTransactionStateException}, and nothing changes.
 *       A job name that no {@link TimedJob} answers to is kept, not refused: it is logged and tried
 *       again with growing pauses, so that work put down by a newer version is never lost.</li>
 * </ul>
 */
public interface Timetable {

    /**
     * Makes the job due for the subject at the given time, in the current organisation, or at the
     * time already set if that is earlier. A time in the past means now.
     *
     * @param job     the name its {@link TimedJob} declares
     * @param subject what the work is about, as the job understands it (an email's id, a licence's id)
     * @throws IllegalStateException if no tenant is bound to the work
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    void schedule(JobName job, UUID subject, Instant dueAt);

    /**
     * Takes the job for the subject off the timetable of the current organisation, if it is there;
     * work that is running at that moment finishes first, and then it is gone.
     *
     * @throws IllegalStateException if no tenant is bound to the work
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    void cancel(JobName job, UUID subject);
}
