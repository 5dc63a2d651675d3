package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.Clash;
import org.sharewell.surgeries.DateChange;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.SurgeriesEvent.BookerErased;
import org.sharewell.surgeries.SurgeriesEvent.SurgeryCreated;
import org.sharewell.surgeries.Surgery;
import org.sharewell.surgeries.SurgeryId;
import org.sharewell.surgeries.WaitingEntry;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The organisation's surgeries as their host; see {@link Surgeries}. Who may call is said here; the work is done by its parts. */
@Service
@Transactional
class SurgeryService implements Surgeries {

    static final String NO_SUCH_SURGERY = "There is no such surgery.";

    private final SurgeryStore surgeries;
    private final BookingStore bookings;
    private final WaitingStore waiting;
    private final ClashFinder clashFinder;
    private final DateChanges dates;
    private final BookingDecisions decisions;
    private final WaitingListService waitingList;
    private final BookingService booking;
    private final SurgeonStore surgeons;
    private final ReminderJob reminders;
    private final BookerRetentionJob retention;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurgeryService(SurgeryStore surgeries, BookingStore bookings, WaitingStore waiting, ClashFinder clashFinder,
                   DateChanges dates, BookingDecisions decisions, WaitingListService waitingList, BookingService booking,
                   SurgeonStore surgeons, ReminderJob reminders,
                   BookerRetentionJob retention, ApplicationEventPublisher events, Clock clock) {
        this.surgeries = surgeries;
        this.bookings = bookings;
        this.waiting = waiting;
        this.clashFinder = clashFinder;
        this.dates = dates;
        this.decisions = decisions;
        this.waitingList = waitingList;
        this.booking = booking;
        this.surgeons = surgeons;
        this.reminders = reminders;
        this.retention = retention;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Surgery create(NewSurgery surgery) {
        var dated = SurgeryRules.check(surgery, UkTime.today(clock), clock.instant());
        if (!surgery.clashesSeen()) {
            var clashes = clashFinder.clashes(dated, SurgeryRules.area(surgery.postcode()));
            if (!clashes.isEmpty()) {
                throw new Conflict(SurgeryRules.describe(clashes));
            }
        }
        var id = new SurgeryId(UUID.randomUUID());
        surgeries.insert(id, surgery, SurgeryRules.postcode(surgery.postcode()), clock.instant());
        for (var date : dated) {
            var occurrence = surgeries.occurrence(surgeries.insertOccurrence(id, date.startsAt(), date.endsAt(), surgery.places()),
                    false).orElseThrow();
            reminders.plan(occurrence, surgery.terms().reminderHours());
            retention.plan(occurrence);
        }
        events.publishEvent(new SurgeryCreated(TenantScope.required(), id, surgery.title().strip(), dated.size(),
                Actor.current()));
        return surgeries.find(id, false).orElseThrow();
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public List<Clash> clashes(NewSurgery surgery) {
        return clashFinder.clashes(SurgeryRules.check(surgery, UkTime.today(clock), clock.instant()),
                SurgeryRules.area(surgery.postcode()));
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
    public Occurrence date(OccurrenceId occurrence) {
        return surgeries.occurrence(occurrence, false).orElseThrow(() -> new NotFound(DateChanges.NO_SUCH_DATE));
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
        var found = surgeries.occurrence(occurrence, false).orElseThrow(() -> new NotFound(DateChanges.NO_SUCH_DATE));
        return bookings.of(occurrence).stream().map(stored -> BookingStore.booking(stored, id -> found)).toList();
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Occurrence cancel(OccurrenceId occurrence, String reason) {
        return dates.cancel(occurrence, reason);
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Occurrence change(OccurrenceId occurrence, DateChange change) {
        return dates.change(occurrence, change);
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Booking approve(BookingId booking) {
        return decisions.approve(booking);
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Booking decline(BookingId booking, String reason) {
        return decisions.decline(booking, reason);
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public List<WaitingEntry> waiting(OccurrenceId occurrence) {
        var found = surgeries.occurrence(occurrence, false).orElseThrow(() -> new NotFound(DateChanges.NO_SUCH_DATE));
        return waitingList.entries(found, waiting.all(occurrence));
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Booking bookFor(OccurrenceId occurrence, NewBooking form) {
        return booking.bookWithoutProof(occurrence, form);
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public WaitingEntry addToWaitingList(OccurrenceId occurrence, NewBooking form) {
        return waitingList.joinWithoutProof(occurrence, form);
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
        String address = EmailAddresses.normalise(email);
        // Leaving first: an offer the person holds goes to the next in line rather than with their name.
        waiting.byEmail(address).stream().filter(entry -> entry.getTokenHash() != null)
                .map(entry -> new org.sharewell.surgeries.OccurrenceId(entry.getOccurrenceId())).collect(Collectors.toSet())
                .forEach(occurrence -> waitingList.leaveFor(occurrence, address));
        int erased = bookings.erase(address) + waiting.erase(address) + surgeons.erase(address);
        if (erased > 0) {
            events.publishEvent(new BookerErased(TenantScope.required(), erased, Actor.current()));
        }
        return erased;
    }
}
