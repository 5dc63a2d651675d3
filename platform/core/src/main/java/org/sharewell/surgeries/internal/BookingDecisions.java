package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.SurgeriesEvent.RequestDecided;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The host's decision on a booking request, made once: the guarded change from REQUESTED lets only one
 * decision through, whether two hosts decide at once or the hold ends at that moment.
 */
@Component
class BookingDecisions {

    static final String NO_SUCH_BOOKING = "There is no such booking.";

    private final BookingStore bookings;
    private final SurgeryStore surgeries;
    private final SurgeryEmails emails;
    private final PlaceOffers offers;
    private final Timetable timetable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingDecisions(BookingStore bookings, SurgeryStore surgeries, SurgeryEmails emails, PlaceOffers offers,
                     Timetable timetable, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.surgeries = surgeries;
        this.emails = emails;
        this.offers = offers;
        this.timetable = timetable;
        this.events = events;
        this.clock = clock;
    }

    Booking approve(BookingId id) {
        var stored = bookings.find(id).orElseThrow(() -> new NotFound(NO_SUCH_BOOKING));
        if (!bookings.decide(id, BookingStatus.CONFIRMED, clock.instant())) {
            throw new Conflict(notAwaiting(stored.row().getStatus()));
        }
        // The request's link was sent before; the confirmation carries a new one, and the old stops working.
        String token = SecretTokens.newToken();
        bookings.relink(id, SecretTokens.hash(token));
        timetable.cancel(HoldExpiryJob.NAME, id.value());
        var approved = booking(id);
        emails.booked(approved, token);
        events.publishEvent(new RequestDecided(TenantScope.required(), id, approved.occurrence().title(),
                approved.occurrence().startsAt(), approved.groupName(), BookingStatus.CONFIRMED, Actor.current()));
        return approved;
    }

    Booking decline(BookingId id, String reason) {
        var stored = bookings.find(id).orElseThrow(() -> new NotFound(NO_SUCH_BOOKING));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw InvalidInput.of("reason", "Say in a few words why (at most 500 characters): the group is told.");
        }
        if (!bookings.decide(id, BookingStatus.DECLINED, clock.instant())) {
            throw new Conflict(notAwaiting(stored.row().getStatus()));
        }
        surgeries.release(stored.occurrence(), stored.row().getPlaces());
        timetable.cancel(HoldExpiryJob.NAME, id.value());
        var declined = booking(id);
        emails.declined(declined, why);
        events.publishEvent(new RequestDecided(TenantScope.required(), id, declined.occurrence().title(),
                declined.occurrence().startsAt(), declined.groupName(), BookingStatus.DECLINED, Actor.current()));
        offers.placesFreed(stored.occurrence());
        return declined;
    }

    private Booking booking(BookingId id) {
        var stored = bookings.find(id).orElseThrow();
        var occurrence = surgeries.occurrence(stored.occurrence(), false).orElseThrow();
        return BookingStore.booking(stored, ignored -> occurrence);
    }

    private static String notAwaiting(BookingStatus status) {
        return switch (status) {
            case REQUESTED -> "This request has expired: its places were freed.";
            case EXPIRED -> "This request has expired: its places were freed.";
            case CONFIRMED -> "This booking is confirmed already.";
            case DECLINED -> "This request was declined already.";
            case CANCELLED -> "This booking was cancelled by the group.";
        };
    }
}
