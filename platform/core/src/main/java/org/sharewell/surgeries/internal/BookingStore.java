package org.sharewell.surgeries.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Need;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.BookingRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static sharewell.db.surgeries.Tables.BOOKING;

/** Bookings, each of some places at one occurrence. */
@Component
class BookingStore {

    /** A booking row with the occurrence it is for, by id. */
    record Stored(BookingId id, OccurrenceId occurrence, BookingRecord row) {
    }

    static final String ERASED = "Erased booker";
    /** Not an address anyone has: the column must hold one, and {@code .invalid} never delivers. */
    static final String ERASED_EMAIL = "erased@erased.invalid";

    private final DSLContext db;

    BookingStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds the booking unless one was made from the same form already; false then. The unique request
     * key makes a second copy of the form wait for the first and then add nothing.
     */
    boolean insert(BookingId id, OccurrenceId occurrence, UUID series, NewBooking booking, byte[] tokenHash,
                   Instant linkExpiresAt, Instant holdExpiresAt, Instant now) {
        return db.insertInto(BOOKING)
                .set(BOOKING.TENANT_ID, TenantScope.required().value())
                .set(BOOKING.ID, id.value())
                .set(BOOKING.OCCURRENCE_ID, occurrence.value())
                .set(BOOKING.SERIES_ID, series)
                .set(BOOKING.REQUEST_KEY, booking.requestKey())
                .set(BOOKING.NAME, booking.name().strip())
                .set(BOOKING.EMAIL, org.sharewell.kernel.EmailAddresses.normalise(booking.email()))
                .set(BOOKING.GROUP_NAME, booking.groupName().strip())
                .set(BOOKING.GROUP_KIND, booking.groupKind())
                .set(BOOKING.NEEDS, booking.needs().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(BOOKING.NEED_NOTE, booking.needNote() == null ? "" : booking.needNote().strip())
                .set(BOOKING.HELP, booking.help())
                .set(BOOKING.PLACES, booking.places())
                .set(BOOKING.TOKEN_HASH, tokenHash)
                .set(BOOKING.LINK_EXPIRES_AT, linkExpiresAt)
                .set(BOOKING.BOOKED_AT, now)
                .set(BOOKING.STATUS, holdExpiresAt == null ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED)
                .set(BOOKING.HOLD_EXPIRES_AT, holdExpiresAt)
                .onConflict(BOOKING.TENANT_ID, BOOKING.REQUEST_KEY, BOOKING.OCCURRENCE_ID).doNothing()
                .execute() == 1;
    }

    Optional<Stored> byRequest(String requestKey, OccurrenceId occurrence) {
        return db.selectFrom(BOOKING).where(BOOKING.TENANT_ID.eq(TenantScope.required().value()),
                BOOKING.REQUEST_KEY.eq(requestKey), BOOKING.OCCURRENCE_ID.eq(occurrence.value())).fetchOptional(BookingStore::stored);
    }

    Optional<Stored> find(BookingId id) {
        return db.selectFrom(BOOKING).where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.ID.eq(id.value()))
                .fetchOptional(BookingStore::stored);
    }

    /**
     * The booking a link stands for while it works: holding places (requested or confirmed) and before
     * the cut-off. Locked when about to be changed.
     */
    Optional<Stored> byLink(byte[] tokenHash, Instant now, boolean toChange) {
        var query = db.selectFrom(BOOKING).where(BOOKING.TOKEN_HASH.eq(tokenHash), BOOKING.LINK_EXPIRES_AT.gt(now),
                BOOKING.STATUS.in(BookingStatus.REQUESTED, BookingStatus.CONFIRMED));
        return (toChange ? query.forNoKeyUpdate().fetchOptional() : query.fetchOptional()).map(BookingStore::stored);
    }

    /** Those holding places at an occurrence: confirmed, and requests awaiting the host. */
    List<Stored> holdingPlaces(OccurrenceId occurrence) {
        return of(occurrence).stream().filter(stored -> stored.row().getStatus().holdsPlaces()).toList();
    }

    /**
     * Settles a request: confirmed (only while its hold lasts), declined or expired. False if it is not
     * a request any more, or its hold has ended when confirming: decided once, whoever tries at once.
     */
    boolean decide(BookingId id, BookingStatus decision, Instant now) {
        var request = BOOKING.TENANT_ID.eq(TenantScope.required().value()).and(BOOKING.ID.eq(id.value()))
                .and(BOOKING.STATUS.eq(BookingStatus.REQUESTED));
        return db.update(BOOKING).set(BOOKING.STATUS, decision).set(BOOKING.DECIDED_AT, now)
                .set(BOOKING.TOKEN_HASH, decision == BookingStatus.CONFIRMED ? BOOKING.TOKEN_HASH : DSL.val((byte[]) null))
                .where(decision == BookingStatus.CONFIRMED ? request.and(BOOKING.HOLD_EXPIRES_AT.gt(now)) : request)
                .execute() == 1;
    }

    /** A new link for the booking, the old one no longer working. */
    void relink(BookingId id, byte[] tokenHash) {
        db.update(BOOKING).set(BOOKING.TOKEN_HASH, tokenHash)
                .where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.ID.eq(id.value())).execute();
    }

    void places(BookingId id, int places) {
        db.update(BOOKING).set(BOOKING.PLACES, places)
                .where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.ID.eq(id.value())).execute();
    }

    /** Every booking of an occurrence loses its booker's name, address and note; the places stay counted. */
    int forget(OccurrenceId occurrence) {
        return db.update(BOOKING).set(BOOKING.NAME, ERASED).set(BOOKING.EMAIL, ERASED_EMAIL).set(BOOKING.NEED_NOTE, "")
                .set(BOOKING.TOKEN_HASH, (byte[]) null)
                .where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.OCCURRENCE_ID.eq(occurrence.value()),
                        BOOKING.EMAIL.ne(ERASED_EMAIL)).execute();
    }

    List<Stored> of(OccurrenceId occurrence) {
        return db.selectFrom(BOOKING).where(BOOKING.TENANT_ID.eq(TenantScope.required().value()),
                BOOKING.OCCURRENCE_ID.eq(occurrence.value())).orderBy(BOOKING.BOOKED_AT, BOOKING.ID).fetch(BookingStore::stored);
    }

    List<Stored> byEmail(String email) {
        return db.selectFrom(BOOKING).where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.EMAIL.eq(email))
                .orderBy(BOOKING.BOOKED_AT.desc(), BOOKING.ID).fetch(BookingStore::stored);
    }

    /** The booker's name, address and note give way; their link stops working; places and dates stay. */
    int erase(String email) {
        return db.update(BOOKING).set(BOOKING.NAME, ERASED).set(BOOKING.EMAIL, ERASED_EMAIL).set(BOOKING.NEED_NOTE, "")
                .set(BOOKING.TOKEN_HASH, (byte[]) null)
                .where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.EMAIL.eq(email)).execute();
    }

    void cancel(BookingId id, Instant now) {
        db.update(BOOKING).set(BOOKING.STATUS, BookingStatus.CANCELLED).set(BOOKING.CANCELLED_AT, now)
                .set(BOOKING.TOKEN_HASH, (byte[]) null)
                .where(BOOKING.TENANT_ID.eq(TenantScope.required().value()), BOOKING.ID.eq(id.value())).execute();
    }

    /** The booking as the API shows it, with the occurrence it is for. */
    static Booking booking(Stored stored, Function<OccurrenceId, Occurrence> occurrences) {
        var row = stored.row();
        return new Booking(stored.id(), occurrences.apply(stored.occurrence()), row.getName(), row.getEmail(), row.getGroupName(),
                row.getGroupKind(), Arrays.stream(row.getNeeds()).map(Need::valueOf).collect(Collectors.toSet()),
                row.getNeedNote(), row.getHelp(), row.getPlaces(), row.getStatus(), row.getBookedAt(),
                row.getLinkExpiresAt(), row.getCancelledAt(),
                row.getStatus() == BookingStatus.REQUESTED ? row.getHoldExpiresAt() : null);
    }

    private static Stored stored(BookingRecord row) {
        return new Stored(new BookingId(row.getId()), new OccurrenceId(row.getOccurrenceId()), row);
    }
}
