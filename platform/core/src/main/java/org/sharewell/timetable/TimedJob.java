package org.sharewell.timetable;

import java.time.Duration;
import java.util.UUID;

/**
 * One kind of timed work, which a module declares as a Spring bean and makes due with
 * {@link Timetable#schedule} in the transaction that makes the work owed.
 *
 * <p>How an entry of the timetable is run:
 * <ul>
 *   <li>Once it is due, in a transaction of its own, bound to the entry's organisation (so the job
 *       sees that organisation's rows only), as Sharewell itself ({@link org.sharewell.kernel.AutomaticWork}):
 *       the job's module says in its method security which operations Sharewell may use.</li>
 *   <li>Claimed first: the entry is locked ({@code FOR UPDATE SKIP LOCKED}) and deleted in that same
 *       transaction. Another platform instance skips a locked entry, so instances never run the same
 *       entry at the same time, and once the transaction commits the entry is gone: a job that
 *       commits never runs again for it, unless it or someone else schedules it again.</li>
 *   <li>A job may schedule itself again from {@link #run} (its next reminder, its next attempt), for
 *       the same subject or another; that is a new entry, due when it says.</li>
 *   <li>If {@link #run} throws, the transaction rolls back, undoing the job's own changes, and in a
 *       new transaction the entry is kept with one more failure, the problem in plain words (the
 *       exception's message, never a stack trace) and a due time pushed out by {@link #pauseAfter}.
 *       It is retried for as long as it takes, never dropped. A job that can tell a failure in plain
 *       English itself (a mail server refusing an email) had better record it and reschedule itself,
 *       returning normally, as the mail module does.</li>
 *   <li>Entries of all organisations are run one after another, earliest due first, by each
 *       platform instance: a job should do one subject's work and finish, not wait on the world.</li>
 * </ul>
 */
public interface TimedJob {

    /** The name entries of this job carry: a constant the module declares, unique among all jobs. */
    JobName name();

    /**
     * Does the work that is due for the subject. Finding the subject gone (an email erased, a licence
     * revoked) is not a failure: the job just ends, since nothing is owed any more.
     */
    void run(UUID subject);

    /**
     * How long to wait after the given number of failed runs in a row (1 or more) before the next
     * try: by default {@link Backoff#STANDARD}, doubling from 30 seconds to an hour.
     */
    default Duration pauseAfter(int failures) {
        return Backoff.STANDARD.after(failures);
    }
}
