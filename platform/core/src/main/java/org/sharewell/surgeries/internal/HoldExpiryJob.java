package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.SurgeriesEvent.RequestDecided;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Ends a booking request the host has not decided on when its hold ends: its places are freed for the
 * waiting list and the booker is told. A request decided meanwhile leaves nothing to do.
 */
@Component
class HoldExpiryJob implements TimedJob {

    static final JobName NAME = JobName.of("surgeries.hold-expiry");

    private final BookingStore bookings;
    private final SurgeryStore surgeries;
    private final PlaceOffers offers;
    private final SurgeryEmails emails;
    private final Timetable timetable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HoldExpiryJob(BookingStore bookings, SurgeryStore surgeries, PlaceOffers offers, SurgeryEmails emails, Timetable timetable,
                  ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.surgeries = surgeries;
        this.offers = offers;
        this.emails = emails;
        this.timetable = timetable;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    @Override
    public void run(UUID bookingId) {
        var id = new BookingId(bookingId);
        var stored = bookings.find(id).orElse(null);
        if (stored == null || stored.row().getStatus() != BookingStatus.REQUESTED) {
            return;
        }
        if (stored.row().getHoldExpiresAt().isAfter(clock.instant())) {
            timetable.schedule(NAME, bookingId, stored.row().getHoldExpiresAt());
            return;
        }
        if (!bookings.decide(id, BookingStatus.EXPIRED, clock.instant())) {
            return;
        }
        surgeries.release(stored.occurrence(), stored.row().getPlaces());
        var occurrence = surgeries.occurrence(stored.occurrence(), false).orElseThrow();
        var expired = BookingStore.booking(bookings.find(id).orElseThrow(), ignored -> occurrence);
        emails.expired(expired);
        events.publishEvent(new RequestDecided(TenantScope.required(), id, occurrence.title(), occurrence.startsAt(),
                expired.groupName(), BookingStatus.EXPIRED, Actor.sharewell()));
        offers.placesFreed(stored.occurrence());
    }
}
