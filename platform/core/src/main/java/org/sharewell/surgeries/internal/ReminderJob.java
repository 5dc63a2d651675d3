package org.sharewell.surgeries.internal;

import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reminds everyone booked on one date, at each of the host's reminder times, and puts the next reminder
 * on the timetable. Exactly once: the reminder is recorded on the date ({@code reminded_hours}) in the
 * transaction that queues its emails, and the timetable gives an entry to one instance at a time, so a
 * restart mid-round sends the round again from nothing, and two instances never send it twice. A date
 * moved later finds its early entry has nothing due and waits for the right time.
 */
@Component
class ReminderJob implements TimedJob {

    static final JobName NAME = JobName.of("surgeries.reminder");

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final SurgeryEmails emails;
    private final Timetable timetable;
    private final Clock clock;

    ReminderJob(SurgeryStore surgeries, BookingStore bookings, SurgeryEmails emails, Timetable timetable, Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.emails = emails;
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    /** Puts the date's next reminder on the timetable, in the transaction that makes or moves it. */
    void plan(Occurrence occurrence, List<Integer> hours) {
        next(occurrence.startsAt(), hours, null, clock.instant())
                .ifPresent(at -> timetable.schedule(NAME, occurrence.id().value(), at));
    }

    @Override
    public void run(UUID occurrenceId) {
        var id = new OccurrenceId(occurrenceId);
        var occurrence = surgeries.lock(id).orElse(null);
        Instant now = clock.instant();
        if (occurrence == null || occurrence.status() == OccurrenceStatus.CANCELLED || !occurrence.startsAt().isAfter(now)) {
            return;
        }
        var hours = surgeries.find(occurrence.surgery(), false).orElseThrow().terms().reminderHours();
        Integer reminded = surgeries.remindedHours(id);
        // Of the reminders now due, only the latest: two sent at once, after a pause, would be one too many.
        var due = hours.stream().filter(h -> !occurrence.startsAt().minus(Duration.ofHours(h)).isAfter(now))
                .filter(h -> reminded == null || h < reminded).min(Integer::compare);
        if (due.isPresent()) {
            bookings.of(id).stream().filter(stored -> stored.row().getStatus() == BookingStatus.CONFIRMED)
                    .forEach(stored -> emails.reminder(BookingStore.booking(stored, ignored -> occurrence)));
            surgeries.reminded(id, due.get());
        }
        next(occurrence.startsAt(), hours, due.orElse(reminded), now).ifPresent(at -> timetable.schedule(NAME, occurrenceId, at));
    }

    /** When the next reminder not yet sent is due, if one is still to come before the start. */
    static java.util.Optional<Instant> next(Instant startsAt, List<Integer> hours, Integer reminded, Instant now) {
        return hours.stream().filter(h -> reminded == null || h < reminded)
                .map(h -> startsAt.minus(Duration.ofHours(h))).filter(at -> at.isAfter(now) || reminded == null)
                .filter(at -> at.isBefore(startsAt)).min(Instant::compareTo)
                .map(at -> at.isBefore(now) ? now : at);
    }
}
