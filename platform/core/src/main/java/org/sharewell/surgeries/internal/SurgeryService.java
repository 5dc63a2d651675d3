package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.SurgeriesEvent.BookerErased;
import org.sharewell.surgeries.SurgeriesEvent.OccurrenceCancelled;
import org.sharewell.surgeries.SurgeriesEvent.SurgeryCreated;
import org.sharewell.surgeries.Surgery;
import org.sharewell.surgeries.SurgeryId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The organisation's surgeries as their host; see {@link Surgeries}. */
@Service
@Transactional
class SurgeryService implements Surgeries {

    static final String NO_SUCH_SURGERY = "There is no such surgery.";

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final SurgeryEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurgeryService(SurgeryStore surgeries, BookingStore bookings, SurgeryEmails emails, ApplicationEventPublisher events,
                   Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Surgery create(NewSurgery surgery) {
        var dates = SurgeryRules.check(surgery, UkTime.today(clock));
        var id = new SurgeryId(UUID.randomUUID());
        surgeries.insert(id, surgery, SurgeryRules.postcode(surgery.postcode()), clock.instant());
        dates.forEach(date -> surgeries.insertOccurrence(id, date.startsAt(), date.endsAt(), surgery.places()));
        events.publishEvent(new SurgeryCreated(TenantScope.required(), id, surgery.title().strip(), dates.size(),
                Actor.current()));
        return surgeries.find(id, false).orElseThrow();
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<Surgery> ours(PageRequest page) {
        return Page.of(surgeries.ours(page), surgeries.countOurs(), page);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Surgery find(SurgeryId surgery) {
        return surgeries.find(surgery, false).orElseThrow(() -> new NotFound(NO_SUCH_SURGERY));
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Occurrence> occurrences(SurgeryId surgery) {
        find(surgery);
        return surgeries.occurrences(surgery, UkTime.startOf(UkTime.today(clock)));
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public List<Booking> bookings(OccurrenceId occurrence) {
        var found = surgeries.occurrence(occurrence, false).orElseThrow(() -> new NotFound("There is no such date of a surgery."));
        return bookings.of(occurrence).stream().map(stored -> BookingStore.booking(stored, id -> found)).toList();
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Occurrence cancel(OccurrenceId occurrence, String reason) {
        var found = surgeries.occurrence(occurrence, false).orElseThrow(() -> new NotFound("There is no such date of a surgery."));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw InvalidInput.of("reason", "Say in a few words why it is cancelled (at most 500 characters): everyone booked "
                    + "is told.");
        }
        if (!surgeries.cancel(occurrence, clock.instant())) {
            throw new Conflict(found.status() == org.sharewell.surgeries.OccurrenceStatus.CANCELLED
                    ? "This date is cancelled already." : "This date has started: it can no longer be cancelled.");
        }
        var cancelled = surgeries.occurrence(occurrence, false).orElseThrow();
        var told = bookings.of(occurrence).stream().filter(stored -> stored.row().getStatus() == BookingStatus.CONFIRMED)
                .map(stored -> BookingStore.booking(stored, id -> cancelled)).toList();
        told.forEach(booking -> emails.dateCancelled(booking, why));
        events.publishEvent(new OccurrenceCancelled(TenantScope.required(), occurrence, cancelled.title(), cancelled.startsAt(),
                why, told.size(), Actor.current()));
        return cancelled;
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public List<Booking> bookingsBy(String email) {
        return bookings.byEmail(EmailAddresses.normalise(email)).stream()
                .map(stored -> BookingStore.booking(stored, id -> surgeries.occurrence(id, false).orElseThrow())).toList();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public int eraseBooker(String email) {
        int erased = bookings.erase(EmailAddresses.normalise(email));
        if (erased > 0) {
            events.publishEvent(new BookerErased(TenantScope.required(), erased, Actor.current()));
        }
        return erased;
    }
}
