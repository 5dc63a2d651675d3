package org.sharewell.licensing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.UkTime;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.LicensingEvent.LicenceExpired;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.UUID;

/**
 * One licence's expiry, as timed work: the entry {@code licensing.expiry} for the licence's id, put
 * on the timetable when a licence with an expiry date is granted. Emails the holder and the
 * coordinators ahead of expiry ({@link Licences#NOTICE_DAYS}), and once the last valid day is past,
 * announces the expiry, telling the coordinators when the holder is an account manager.
 *
 * <p>Each run does what is owed on its day in the UK and puts the licence on the timetable again for
 * the next day something is owed: the next notice, or the day after the last valid day. A licence
 * revoked or replaced by a renewal owes nothing more, and the job just ends. Each notice and the
 * expiry are noted in the database in the same transaction as their email, so each goes once,
 * however often the job runs.
 */
@Component
class LicenceExpiryJob implements TimedJob {

    static final JobName NAME = JobName.of("licensing.expiry");

    private static final int FURTHEST_NOTICE = Collections.max(Licences.NOTICE_DAYS);

    private final LicenceStore licences;
    private final People people;
    private final LicenceEmails letters;
    private final ApplicationEventPublisher events;
    private final Timetable timetable;
    private final Clock clock;

    LicenceExpiryJob(LicenceStore licences, People people, LicenceEmails letters, ApplicationEventPublisher events,
                     Timetable timetable, Clock clock) {
        this.licences = licences;
        this.people = people;
        this.letters = letters;
        this.events = events;
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    /** Puts a newly granted licence on the timetable for its first notice, in the granting transaction. */
    void plan(LicenceId licence, @Nullable LocalDate expiresOn) {
        if (expiresOn != null) {
            // Already past for a licence granted with under a month to go: then it is due at once.
            timetable.schedule(NAME, licence.value(), UkTime.startOf(expiresOn.minusDays(FURTHEST_NOTICE)));
        }
    }

    @Override
    public void run(UUID licence) {
        run(new LicenceId(licence), UkTime.today(clock));
    }

    /** The work owed on the given day in the UK. Package-private so that tests can move the day on. */
    void run(LicenceId id, LocalDate today) {
        var found = licences.find(id);
        if (found.isEmpty() || !found.get().isCurrent() || found.get().expiresOn() == null) {
            return;
        }
        StoredLicence row = found.get();
        LocalDate lastDay = row.expiresOn();
        if (lastDay.isBefore(today)) {
            announceExpiry(id, row);
            return;
        }
        sendNoticeIfDue(id, row, lastDay, today);
        timetable.schedule(NAME, id.value(), UkTime.startOf(nextDayOwed(lastDay, today)));
    }

    private void announceExpiry(LicenceId id, StoredLicence row) {
        if (!licences.announceExpiry(id, clock.instant())) {
            return;
        }
        var holder = people.find(row.person());
        events.publishEvent(new LicenceExpired(TenantScope.required(), id, row.person(),
                holder.map(Person::fullName).orElse(PeopleNames.UNKNOWN), row.expiresOn(), Actor.sharewell()));
        holder.filter(Person::active).ifPresent(person -> {
            letters.expired(person, row.expiresOn());
            if (person.level() == Level.ACCOUNT_MANAGER) {
                letters.accountManagerLapsed(person, "expired at the end of " + UkTime.date(row.expiresOn()));
            }
        });
    }

    private void sendNoticeIfDue(LicenceId id, StoredLicence row, LocalDate lastDay, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, lastDay);
        if (daysLeft > FURTHEST_NOTICE) {
            return;
        }
        // The nearest notice not yet passed: a licence granted with 5 days to go gets the 7-day notice only.
        int notice = Licences.NOTICE_DAYS.stream().filter(days -> daysLeft <= days).min(Integer::compare).orElseThrow();
        if (licences.noteNotice(id, notice, clock.instant())) {
            people.find(row.person()).filter(Person::active)
                    .ifPresent(person -> letters.expiring(person, lastDay, daysLeft));
        }
    }

    /** The first day after today on which something new is owed: a notice's first day, or the day after the last. */
    static LocalDate nextDayOwed(LocalDate lastDay, LocalDate today) {
        LocalDate next = lastDay.plusDays(1);
        for (int days : Licences.NOTICE_DAYS) {
            LocalDate noticeDay = lastDay.minusDays(days);
            if (noticeDay.isAfter(today) && noticeDay.isBefore(next)) {
                next = noticeDay;
            }
        }
        return next;
    }

}
