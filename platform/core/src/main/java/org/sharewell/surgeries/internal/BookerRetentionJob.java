package org.sharewell.surgeries.internal;

import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Forgets the bookers of one date {@code sharewell.surgeries.keep-bookers-for} after it ended: their names,
 * addresses and notes give way in its bookings and waiting list, while the places and groups' kinds stay
 * counted. Put on the timetable when the date is made, and again when it moves; run early, it waits.
 */
@Component
class BookerRetentionJob implements TimedJob {

    static final JobName NAME = JobName.of("surgeries.forget-bookers");

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final WaitingStore waiting;
    private final Timetable timetable;
    private final SurgerySettings settings;
    private final Clock clock;

    BookerRetentionJob(SurgeryStore surgeries, BookingStore bookings, WaitingStore waiting, Timetable timetable,
                       SurgerySettings settings, Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.waiting = waiting;
        this.timetable = timetable;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    void plan(Occurrence occurrence) {
        timetable.schedule(NAME, occurrence.id().value(), occurrence.endsAt().plus(settings.keepBookersFor()));
    }

    @Override
    public void run(UUID occurrenceId) {
        var occurrence = surgeries.occurrence(new OccurrenceId(occurrenceId), false).orElse(null);
        if (occurrence == null) {
            return;
        }
        var forgetAt = occurrence.endsAt().plus(settings.keepBookersFor());
        if (forgetAt.isAfter(clock.instant())) {
            timetable.schedule(NAME, occurrenceId, forgetAt);
            return;
        }
        bookings.forget(occurrence.id());
        waiting.forget(occurrence.id());
    }
}
