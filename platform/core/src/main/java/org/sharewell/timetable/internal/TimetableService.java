package org.sharewell.timetable.internal;

import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The timetable's API; see {@link Timetable} for the contract. Checks no role: see there why. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class TimetableService implements Timetable {

    private final TimetableStore entries;
    private final Alarm alarm;
    private final TimetableSettings settings;
    private final Clock clock;

    TimetableService(TimetableStore entries, Alarm alarm, TimetableSettings settings, Clock clock) {
        this.entries = entries;
        this.alarm = alarm;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void schedule(JobName job, UUID subject, Instant dueAt) {
        var tenant = TenantScope.required();
        Instant now = clock.instant();
        entries.schedule(tenant, job, subject, dueAt, now);
        if (!dueAt.isAfter(now.plus(settings.pollInterval()))) {
            // After the commit, not now: until then the timekeeper could not see the entry.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    alarm.ringBy(dueAt);
                }
            });
        }
    }

    @Override
    public void cancel(JobName job, UUID subject) {
        TenantScope.required();
        entries.cancel(job, subject);
    }
}
