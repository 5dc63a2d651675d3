package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.SurgeriesEvent.BookingCancelled;
import org.sharewell.surgeries.SurgeriesEvent.PlacesBooked;
import org.sharewell.surgeries.SurgeriesEvent.PlacesChanged;
import org.sharewell.surgeries.Surgery;
import org.sharewell.surgeries.SurgeryBookings;
import org.sharewell.surgeries.SurgeryId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Booking places without an account, never more than there are; see {@link SurgeryBookings}. */
@Service
@Transactional
class BookingService implements SurgeryBookings {

    static final String NO_SUCH_DATE = "There is no such surgery date open for booking here.";
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: the booking may have been cancelled already, "
            + "or it is too close to the start to change it here. Contact the host instead.";

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final SurgeryEmails emails;
    private final PlaceOffers offers;
    private final FormTokens forms;
    private final Timetable timetable;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingService(SurgeryStore surgeries, BookingStore bookings, SurgeryEmails emails, PlaceOffers offers, FormTokens forms,
                   Timetable timetable, Tenants tenants, ApplicationEventPublisher events, Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.emails = emails;
        this.offers = offers;
        this.forms = forms;
        this.timetable = timetable;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Surgery surgery(SurgeryId surgery) {
        return surgeries.find(surgery, true).orElseThrow(() -> new NotFound("There is no such surgery here."));
    }

    @Override
    @Transactional(readOnly = true)
    public Occurrence occurrence(OccurrenceId occurrence) {
        return surgeries.occurrence(occurrence, true).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
    }

    @Override
    public String formToken() {
        return forms.issue();
    }

    @Override
    @Transactional(readOnly = true)
    public String feed() {
        var from = clock.instant().minus(Duration.ofDays(31));
        var dates = surgeries.publicOccurrences(from);
        var their = dates.stream().map(Occurrence::surgery).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> surgeries.find(id, true).orElseThrow()));
        return SurgeryCalendar.feed(tenants.findById(TenantScope.required()).orElseThrow().name(), dates, their::get);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Occurrence> upcoming() {
        return surgeries.publicOccurrences(clock.instant());
    }

    @Override
    public Booking book(OccurrenceId occurrence, NewBooking booking) {
        BookingRules.check(booking);
        forms.check(booking.proof());
        return bookWithoutProof(occurrence, booking);
    }

    /** As {@link #book}, for a host entering it: no form, so nothing to prove. */
    Booking bookWithoutProof(OccurrenceId occurrence, NewBooking booking) {
        BookingRules.check(booking);
        var found = surgeries.occurrence(occurrence, true).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        return take(found, booking, null);
    }

    @Override
    public List<Booking> bookSeries(SurgeryId surgery, NewBooking booking) {
        BookingRules.check(booking);
        forms.check(booking.proof());
        surgeries.find(surgery, true).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        var toCome = surgeries.occurrences(surgery, clock.instant()).stream()
                .filter(occurrence -> occurrence.status() == OccurrenceStatus.SCHEDULED
                        && occurrence.startsAt().isAfter(clock.instant())).toList();
        if (toCome.isEmpty()) {
            throw new NotFound(NO_SUCH_DATE);
        }
        // One transaction: a date with too few places throws, and every place taken before it is given back.
        var series = UUID.randomUUID();
        var booked = new ArrayList<Booking>();
        for (var occurrence : toCome) {
            booked.add(take(occurrence, booking, series));
        }
        return booked;
    }

    @Override
    @Transactional(readOnly = true)
    public Booking byLink(String token) {
        var stored = bookings.byLink(SecretTokens.hash(token), clock.instant(), false)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        return BookingStore.booking(stored, this::anyOccurrence);
    }

    @Override
    @Transactional(readOnly = true)
    public String calendar(String token) {
        var booking = byLink(token);
        return SurgeryCalendar.of(surgeries.find(booking.occurrence().surgery(), false).orElseThrow(), booking.occurrence());
    }

    @Override
    @Transactional(readOnly = true)
    public String calendar(OccurrenceId occurrence) {
        var found = surgeries.occurrence(occurrence, true).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        return SurgeryCalendar.of(surgeries.find(found.surgery(), true).orElseThrow(), found);
    }

    @Override
    public Booking changePlaces(String token, int places) {
        var stored = bookings.byLink(SecretTokens.hash(token), clock.instant(), true)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        if (places < 1 || places > 2) {
            throw InvalidInput.of("places", "Book 1 place, or 2 if two of you are coming.");
        }
        int was = stored.row().getPlaces();
        if (places > was && !surgeries.take(stored.occurrence(), places - was, clock.instant())) {
            throw new Conflict("There is no other place left on this date, so your booking stays at 1 place.");
        }
        if (places == was) {
            return BookingStore.booking(stored, this::anyOccurrence);
        }
        bookings.places(stored.id(), places);
        if (places < was) {
            surgeries.release(stored.occurrence(), was - places);
            offers.placesFreed(stored.occurrence());
        }
        var changed = BookingStore.booking(bookings.find(stored.id()).orElseThrow(), this::anyOccurrence);
        emails.placesChanged(changed);
        events.publishEvent(new PlacesChanged(TenantScope.required(), stored.id(), changed.occurrence().title(),
                changed.occurrence().startsAt(), changed.groupName(), was, places,
                new Actor(null, changed.groupName() + " (by the emailed link)")));
        return changed;
    }

    @Override
    public Booking cancelByLink(String token) {
        var stored = bookings.byLink(SecretTokens.hash(token), clock.instant(), true)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        bookings.cancel(stored.id(), clock.instant());
        surgeries.release(stored.occurrence(), stored.row().getPlaces());
        timetable.cancel(HoldExpiryJob.NAME, stored.id().value());
        offers.placesFreed(stored.occurrence());
        offers.tellPositions(stored.occurrence());
        var cancelled = BookingStore.booking(bookings.find(stored.id()).orElseThrow(), this::anyOccurrence);
        emails.cancelled(cancelled);
        events.publishEvent(new BookingCancelled(TenantScope.required(), stored.occurrence(), cancelled.occurrence().title(),
                cancelled.occurrence().startsAt(), cancelled.groupName(), cancelled.places(),
                new Actor(null, cancelled.groupName() + " (by the emailed link)")));
        return cancelled;
    }

    private Booking take(Occurrence occurrence, NewBooking booking, UUID series) {
        var now = clock.instant();
        var id = new BookingId(UUID.randomUUID());
        String token = SecretTokens.newToken();
        var surgery = surgeries.find(occurrence.surgery(), true).orElseThrow(() -> new NotFound(NO_SUCH_DATE));
        Instant changeableUntil = occurrence.startsAt().minus(Duration.ofHours(surgery.cutOffHours()));
        Instant holdUntil = null;
        if (surgery.terms().needsApproval()) {
            Instant hold = now.plus(Duration.ofHours(surgery.terms().holdHours()));
            holdUntil = hold.isBefore(occurrence.startsAt()) ? hold : occurrence.startsAt();
        }
        // Answered at once when the date is already full, without waiting in line for its row behind the
        // bookings being made: a "full" answer should come no slower than a booking. A form sent again
        // still answers its first booking.
        var again = bookings.byRequest(booking.requestKey(), occurrence.id());
        if (again.isPresent()) {
            return BookingStore.booking(again.get(), this::anyOccurrence);
        }
        if (occurrence.placesLeft() < booking.places() || occurrence.status() == OccurrenceStatus.CANCELLED) {
            throw new Conflict(refusal(occurrence, booking.places()));
        }
        if (!bookings.insert(id, occurrence.id(), series, booking, SecretTokens.hash(token), changeableUntil, holdUntil, now)) {
            // The same form again: the first booking stands, and no more places are taken.
            return BookingStore.booking(bookings.byRequest(booking.requestKey(), occurrence.id()).orElseThrow(), this::anyOccurrence);
        }
        var stored = bookings.find(id).orElseThrow();
        var made = BookingStore.booking(stored, this::anyOccurrence);
        if (holdUntil != null) {
            timetable.schedule(HoldExpiryJob.NAME, id.value(), holdUntil);
            emails.requested(made, token);
        } else {
            emails.booked(made, token);
        }
        events.publishEvent(new PlacesBooked(TenantScope.required(), occurrence.id(), occurrence.title(), occurrence.startsAt(),
                made.groupName(), made.places(), holdUntil != null, new Actor(null, made.groupName() + " (booked online)")));
        // The place is taken last: the guarded update locks the date's row until the commit, so everyone
        // else booking that date waits only for the commit, not for the email and the audit log. If too
        // few places are left after all, the email and the record roll back with the booking.
        if (!surgeries.take(occurrence.id(), booking.places(), now)) {
            throw new Conflict(refusal(occurrence, booking.places()));
        }
        // The booking's row is as it was; its date is read again for the places now left.
        return BookingStore.booking(stored, this::anyOccurrence);
    }

    private String refusal(Occurrence occurrence, int places) {
        String when = occurrence.title() + " on " + UkTime.dateAndTime(occurrence.startsAt());
        if (occurrence.status() == OccurrenceStatus.CANCELLED) {
            return when + " is cancelled.";
        }
        if (!occurrence.startsAt().isAfter(clock.instant())) {
            return when + " has started: it can no longer be booked.";
        }
        var now = anyOccurrence(occurrence.id());
        return when + " is full: " + (now.placesLeft() == 0 ? "no places are left."
                : "only " + now.placesLeft() + (now.placesLeft() == 1 ? " place is" : " places are") + " left, and you asked for "
                + places + ".") + " You can join its waiting list instead.";
    }

    private Occurrence anyOccurrence(OccurrenceId id) {
        return surgeries.occurrence(id, false).orElseThrow();
    }
}
