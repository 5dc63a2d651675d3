package org.sharewell.timetable.internal;

import org.sharewell.kernel.AutomaticWork;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.Backoff;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@link TimedJob} of the platform, by name, and how one due entry is run: bound to its
 * organisation, as Sharewell, claimed and done in one transaction, and on failure kept for later.
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final Map<JobName, TimedJob> byName;
    private final TimetableStore entries;
    private final TransactionTemplate transaction;
    private final Alarm alarm;
    private final Clock clock;

    /** @throws IllegalStateException if two jobs share a name, which would make either's entries run the other */
    Jobs(List<TimedJob> jobs, TimetableStore entries, TransactionTemplate transaction, Alarm alarm, Clock clock) {
        this.byName = jobs.stream().collect(Collectors.toUnmodifiableMap(TimedJob::name, Function.identity(), (one, other) -> {
            throw new IllegalStateException("Two timed jobs are called '" + one.name() + "': "
                    + one.getClass().getName() + " and " + other.getClass().getName());
        }));
        this.entries = entries;
        this.transaction = transaction;
        this.alarm = alarm;
        this.clock = clock;
    }

    /**
     * Runs the entry if it is still due and no other instance has it: in a transaction bound to its
     * tenant (never whatever tenant happens to be in scope), as Sharewell itself.
     */
    void run(DueEntry entry) {
        TenantScope.runAs(entry.tenant(), () -> AutomaticWork.run(() -> {
            TimedJob job = byName.get(entry.job());
            if (job == null) {
                keepUnknown(entry);
            } else {
                run(job, entry);
            }
        }));
    }

    private void run(TimedJob job, DueEntry entry) {
        var claimed = new AtomicReference<Claim>();
        try {
            transaction.executeWithoutResult(status -> entries.lockIfDue(entry).ifPresent(claim -> {
                claimed.set(claim);
                entries.delete(entry);
                job.run(entry.subject());
            }));
        } catch (RuntimeException failure) {
            if (claimed.get() == null) {
                // Not even claimed (the database away, say): the entry is untouched and still due.
                log.warn("Could not claim the timed work {} for {} of tenant {}; it stays due", entry.job(),
                        entry.subject(), entry.tenant(), failure);
                return;
            }
            keepAfterFailure(job, entry, claimed.get(), failure);
        }
    }

    /**
     * Records the failure in a new transaction, since the job's own has rolled back (and with it the
     * claim, so the entry is back). Only if it is still the entry that was claimed: another instance
     * may have taken it in the moment between, and then its outcome is the one that counts.
     */
    private void keepAfterFailure(TimedJob job, DueEntry entry, Claim claimed, RuntimeException failure) {
        int failures = claimed.failures() + 1;
        Instant next = clock.instant().plus(TimetableRules.checkedPause(job.pauseAfter(failures)));
        String problem = TimetableRules.problemOf(failure);
        log.warn("Timed work {} for {} of tenant {} failed ({} in a row): {} Trying again at {}.", entry.job(),
                entry.subject(), entry.tenant(), failures, problem, next, failure);
        inNewTransaction(entry, () -> entries.lockIfDue(entry).filter(claimed::equals)
                .ifPresent(same -> putOff(entry, failures, problem, next)));
    }

    /** Work put down by a newer version, or a job since removed: never lost, looked at again later. */
    private void keepUnknown(DueEntry entry) {
        inNewTransaction(entry, () -> entries.lockIfDue(entry).ifPresent(claim -> {
            int failures = claim.failures() + 1;
            Instant next = clock.instant().plus(Backoff.STANDARD.after(failures));
            putOff(entry, failures, TimetableRules.noSuchJob(entry.job()), next);
            log.warn("No timed job is called '{}': the entry for {} of tenant {} is kept and looked at again at {}",
                    entry.job(), entry.subject(), entry.tenant(), next);
        }));
    }

    private void putOff(DueEntry entry, int failures, String problem, Instant next) {
        entries.putOff(entry, failures, problem, next);
        alarm.ringBy(next);
    }

    private void inNewTransaction(DueEntry entry, Runnable work) {
        try {
            transaction.executeWithoutResult(status -> work.run());
        } catch (RuntimeException trouble) {
            log.warn("Could not record the failure of timed work {} for {} of tenant {}; it stays due", entry.job(),
                    entry.subject(), entry.tenant(), trouble);
        }
    }
}
