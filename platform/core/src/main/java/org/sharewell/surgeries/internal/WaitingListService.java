package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.FormProof;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Need;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.SurgeriesEvent.JoinedWaitingList;
import org.sharewell.surgeries.SurgeriesEvent.LeftWaitingList;
import org.sharewell.surgeries.SurgeriesEvent.OfferClaimed;
import org.sharewell.surgeries.SurgeryWaitingList;
import org.sharewell.surgeries.WaitingEntry;
import org.sharewell.surgeries.WaitingId;
import org.sharewell.surgeries.WaitingStatus;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.surgeries.tables.records.WaitingRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Waiting lists of full dates, joined without an account; see {@link SurgeryWaitingList}. */
@Service
@Transactional
class WaitingListService implements SurgeryWaitingList {

    static final String LINK_NO_LONGER_WORKS = "This link no longer works: you may have left the waiting list or taken a "
            + "place already, the date may have started, or a newer email has a newer link.";

    private final SurgeryStore surgeries;
    private final WaitingStore waiting;
    private final BookingStore bookings;
    private final PlaceOffers offers;
    private final FormTokens forms;
    private final WaitingEmails emails;
    private final SurgeryEmails bookingEmails;
    private final Timetable timetable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitingListService(SurgeryStore surgeries, WaitingStore waiting, BookingStore bookings, PlaceOffers offers, FormTokens forms,
                       WaitingEmails emails, SurgeryEmails bookingEmails, Timetable timetable, ApplicationEventPublisher events,
                       Clock clock) {
        this.surgeries = surgeries;
        this.waiting = waiting;
        this.bookings = bookings;
        this.offers = offers;
        this.forms = forms;
        this.emails = emails;
        this.bookingEmails = bookingEmails;
        this.timetable = timetable;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WaitingEntry join(OccurrenceId id, NewBooking form) {
        BookingRules.check(form);
        forms.check(form.proof());
        return joinWithoutProof(id, form);
    }

    /** As {@link #join}, for a host entering it. */
    WaitingEntry joinWithoutProof(OccurrenceId id, NewBooking form) {
        BookingRules.check(form);
        surgeries.occurrence(id, true).orElseThrow(() -> new NotFound(BookingService.NO_SUCH_DATE));
        var occurrence = surgeries.lock(id).orElseThrow();
        if (occurrence.status() == OccurrenceStatus.CANCELLED || !occurrence.startsAt().isAfter(clock.instant())) {
            throw new Conflict(occurrence.status() == OccurrenceStatus.CANCELLED ? "This date is cancelled."
                    : "This date has started: its waiting list is closed.");
        }
        var already = waiting.inLine(id, form.email());
        if (already.isPresent()) {
            return entry(already.get());
        }
        if (occurrence.placesLeft() >= form.places()) {
            throw new Conflict("There " + (occurrence.placesLeft() == 1 ? "is a place" : "are places")
                    + " left on this date: book instead of joining the waiting list.");
        }
        var entryId = new WaitingId(UUID.randomUUID());
        String token = SecretTokens.newToken();
        waiting.insert(entryId, id, form, SecretTokens.hash(token), clock.instant());
        var joined = entry(waiting.find(entryId).orElseThrow());
        waiting.positionTold(entryId, joined.position());
        emails.joined(waiting.find(entryId).orElseThrow(), occurrence, joined.position(), token);
        events.publishEvent(new JoinedWaitingList(TenantScope.required(), entryId, occurrence.title(), occurrence.startsAt(),
                joined.groupName(), joined.position(), new Actor(null, joined.groupName() + " (online)")));
        return joined;
    }

    @Override
    @Transactional(readOnly = true)
    public WaitingEntry byLink(String token) {
        return entry(linked(token, false));
    }

    @Override
    public Booking claim(String token) {
        var entry = linked(token, true);
        var occurrenceId = new OccurrenceId(entry.getOccurrenceId());
        var occurrence = surgeries.lock(occurrenceId).orElseThrow();
        Instant now = clock.instant();
        boolean offered = entry.getStatus() == WaitingStatus.OFFERED && entry.getOfferExpiresAt().isAfter(now);
        if (!offered) {
            boolean lastCall = !now.isBefore(occurrence.startsAt().minus(PlaceOffers.LAST_CALL));
            if (entry.getStatus() == WaitingStatus.OFFERED) {
                throw new Conflict("This offer has ended, so the place is going to the next in line.");
            }
            if (!lastCall) {
                throw new Conflict("There is no place for you to claim yet: you are number " + entry(entry).position()
                        + " in line. We will email you when there is.");
            }
            if (!surgeries.take(occurrenceId, entry.getPlaces(), now)) {
                throw new Conflict("Someone claimed the free place first, so you are still on the waiting list. We are sorry.");
            }
        }
        var surgery = surgeries.find(occurrence.surgery(), false).orElseThrow();
        var bookingId = new BookingId(UUID.randomUUID());
        String bookingToken = SecretTokens.newToken();
        bookings.insert(bookingId, occurrenceId, null, form(entry), SecretTokens.hash(bookingToken),
                occurrence.startsAt().minus(Duration.ofHours(surgery.cutOffHours())), null, now);
        waiting.end(new WaitingId(entry.getId()), WaitingStatus.BOOKED, bookingId, now);
        timetable.cancel(OfferExpiryJob.NAME, entry.getId());
        var booked = BookingStore.booking(bookings.find(bookingId).orElseThrow(),
                ignored -> surgeries.occurrence(occurrenceId, false).orElseThrow());
        bookingEmails.booked(booked, bookingToken);
        events.publishEvent(new OfferClaimed(TenantScope.required(), new WaitingId(entry.getId()), occurrence.title(),
                occurrence.startsAt(), entry.getGroupName(), new Actor(null, entry.getGroupName() + " (by the emailed link)")));
        offers.tellPositions(occurrenceId);
        return booked;
    }

    @Override
    public WaitingEntry leave(String token) {
        var entry = linked(token, true);
        leave(entry, new Actor(null, entry.getGroupName() + " (by the emailed link)"));
        return entry(waiting.find(new WaitingId(entry.getId())).orElseThrow());
    }

    /** For erasing a person's data: they leave every line they are in at this date, and any offer goes on. */
    void leaveFor(OccurrenceId occurrence, String email) {
        waiting.inLine(occurrence, email).ifPresent(entry -> leave(entry, Actor.current()));
    }

    private void leave(WaitingRecord entry, Actor actor) {
        var occurrenceId = new OccurrenceId(entry.getOccurrenceId());
        var occurrence = surgeries.lock(occurrenceId).orElseThrow();
        waiting.end(new WaitingId(entry.getId()), WaitingStatus.LEFT, null, clock.instant());
        emails.left(entry, occurrence);
        events.publishEvent(new LeftWaitingList(TenantScope.required(), new WaitingId(entry.getId()), occurrence.title(),
                occurrence.startsAt(), entry.getGroupName(), WaitingStatus.LEFT, actor));
        if (entry.getStatus() == WaitingStatus.OFFERED) {
            surgeries.release(occurrenceId, entry.getPlaces());
            timetable.cancel(OfferExpiryJob.NAME, entry.getId());
            offers.placesFreed(occurrenceId);
        }
        offers.tellPositions(occurrenceId);
    }

    /** Entries of one date as the host sees them, with each one's place in line. */
    List<WaitingEntry> entries(Occurrence occurrence, List<WaitingRecord> rows) {
        var result = new ArrayList<WaitingEntry>();
        int position = 0;
        for (var row : rows) {
            boolean inLine = row.getStatus() == WaitingStatus.WAITING || row.getStatus() == WaitingStatus.OFFERED;
            result.add(entry(row, occurrence, inLine ? ++position : 0));
        }
        return result;
    }

    private WaitingRecord linked(String token, boolean toChange) {
        var entry = token == null || token.length() > 100 ? null : waiting.byLink(SecretTokens.hash(token), toChange).orElse(null);
        if (entry == null || !surgeries.occurrence(new OccurrenceId(entry.getOccurrenceId()), false).orElseThrow().startsAt()
                .isAfter(clock.instant())) {
            throw new NotFound(LINK_NO_LONGER_WORKS);
        }
        return entry;
    }

    private WaitingEntry entry(WaitingRecord row) {
        var occurrence = surgeries.occurrence(new OccurrenceId(row.getOccurrenceId()), false).orElseThrow();
        var line = waiting.line(occurrence.id());
        int position = 0;
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).getId().equals(row.getId())) {
                position = i + 1;
            }
        }
        return entry(row, occurrence, position);
    }

    private WaitingEntry entry(WaitingRecord row, Occurrence occurrence, int position) {
        boolean placeFree = row.getStatus() == WaitingStatus.WAITING && occurrence.placesLeft() >= row.getPlaces()
                && !clock.instant().isBefore(occurrence.startsAt().minus(PlaceOffers.LAST_CALL));
        return new WaitingEntry(new WaitingId(row.getId()), occurrence, row.getName(), row.getEmail(), row.getGroupName(),
                row.getPlaces(), position, row.getStatus(), row.getOfferExpiresAt(), placeFree);
    }

    /** The booking a claimed place becomes, from what the person gave when they joined. */
    private static NewBooking form(WaitingRecord entry) {
        return new NewBooking("waiting-" + entry.getId(), entry.getName(), entry.getEmail(), entry.getGroupName(),
                entry.getGroupKind(), true, Arrays.stream(entry.getNeeds()).map(Need::valueOf).collect(Collectors.toSet()),
                entry.getNeedNote(), entry.getHelp(), entry.getPlaces(), new FormProof(null, null));
    }
}
