package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.DateChange;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.SurgeriesEvent.DateChanged;
import org.sharewell.surgeries.SurgeriesEvent.OccurrenceCancelled;
import org.sharewell.surgeries.WaitingId;
import org.sharewell.surgeries.WaitingStatus;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;

/**
 * Changing or cancelling one date of a surgery, leaving the others: everyone holding places on it is
 * emailed, with the calendar entry updated (SEQUENCE one higher, and STATUS:CANCELLED when cancelled).
 */
@Component
class DateChanges {

    static final String NO_SUCH_DATE = "There is no such date of a surgery.";

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final WaitingStore waiting;
    private final SurgeryEmails emails;
    private final WaitingEmails waitingEmails;
    private final PlaceOffers offers;
    private final ReminderJob reminders;
    private final BookerRetentionJob retention;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DateChanges(SurgeryStore surgeries, BookingStore bookings, WaitingStore waiting, SurgeryEmails emails,
                WaitingEmails waitingEmails, PlaceOffers offers, ReminderJob reminders, BookerRetentionJob retention,
                ApplicationEventPublisher events, Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.waiting = waiting;
        this.emails = emails;
        this.waitingEmails = waitingEmails;
        this.offers = offers;
        this.reminders = reminders;
        this.retention = retention;
        this.events = events;
        this.clock = clock;
    }

    Occurrence change(OccurrenceId id, DateChange change) {
        var found = surgeries.lock(id).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        Instant now = clock.instant();
        var problems = new LinkedHashMap<String, String>();
        Instant startsAt = null;
        Instant endsAt = null;
        if (change.day() == null || change.starts() == null || change.ends() == null) {
            problems.put("day", "Give the day, and the start and end times.");
        } else {
            startsAt = ZonedDateTime.of(change.day(), change.starts(), UkTime.ZONE).toInstant();
            endsAt = ZonedDateTime.of(change.day(), change.ends(), UkTime.ZONE).toInstant();
            if (!change.ends().isAfter(change.starts())) {
                problems.put("ends", "The end must be after the start.");
            } else if (!startsAt.isAfter(now)) {
                problems.put("day", "That time has passed: choose a later one.");
            }
        }
        if (change.places() < 1 || change.places() > 500) {
            problems.put("places", "Offer from 1 to 500 places.");
        } else if (change.places() < found.taken()) {
            problems.put("places", found.taken() + " places are booked or held: offer at least " + found.taken() + ".");
        }
        String message = change.message() == null ? "" : change.message().strip();
        if (message.length() > 500) {
            problems.put("message", "Use at most 500 characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!surgeries.change(id, startsAt, endsAt, change.places(), now)) {
            throw new Conflict(found.status() == OccurrenceStatus.CANCELLED ? "This date is cancelled: it cannot be changed."
                    : "This date has started: it can no longer be changed.");
        }
        var changed = surgeries.occurrence(id, false).orElseThrow();
        var told = bookings.holdingPlaces(id).stream().map(stored -> BookingStore.booking(stored, ignored -> changed)).toList();
        if (!found.startsAt().equals(changed.startsAt()) || !found.endsAt().equals(changed.endsAt())) {
            told.forEach(booking -> emails.dateChanged(booking, found.startsAt(), message));
        }
        reminders.plan(changed, surgeries.find(changed.surgery(), false).orElseThrow().terms().reminderHours());
        retention.plan(changed);
        if (changed.places() > found.places()) {
            offers.placesFreed(id);
        }
        events.publishEvent(new DateChanged(TenantScope.required(), id, changed.title(), found.startsAt(), changed.startsAt(),
                changed.places(), told.size(), Actor.current()));
        return surgeries.occurrence(id, false).orElseThrow();
    }

    Occurrence cancel(OccurrenceId id, String reason) {
        var found = surgeries.lock(id).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw InvalidInput.of("reason", "Say in a few words why it is cancelled (at most 500 characters): everyone booked "
                    + "is told.");
        }
        if (!surgeries.cancel(id, clock.instant())) {
            throw new Conflict(found.status() == OccurrenceStatus.CANCELLED
                    ? "This date is cancelled already." : "This date has started: it can no longer be cancelled.");
        }
        var cancelled = surgeries.occurrence(id, false).orElseThrow();
        var told = bookings.holdingPlaces(id).stream().map(stored -> BookingStore.booking(stored, ignored -> cancelled)).toList();
        told.forEach(booking -> emails.dateCancelled(booking, why));
        for (var entry : waiting.line(id)) {
            waiting.end(new WaitingId(entry.getId()), WaitingStatus.LEFT, null, clock.instant());
            waitingEmails.dateCancelled(entry, cancelled, why);
        }
        events.publishEvent(new OccurrenceCancelled(TenantScope.required(), id, cancelled.title(), cancelled.startsAt(),
                why, told.size(), Actor.current()));
        return cancelled;
    }
}
