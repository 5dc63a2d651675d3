package org.sharewell.surgeries.internal;

import org.jooq.DSLContext;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.WaitingId;
import org.sharewell.surgeries.WaitingStatus;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.WaitingRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static sharewell.db.surgeries.Tables.WAITING;

/** The waiting lists of full dates: who is in line, in the order they joined, and the offers made to them. */
@Component
class WaitingStore {

    private final DSLContext db;

    WaitingStore(DSLContext db) {
        this.db = db;
    }

    /** Adds the entry unless the address is in this line already; false then. */
    boolean insert(WaitingId id, OccurrenceId occurrence, NewBooking form, byte[] tokenHash, Instant now) {
        return db.insertInto(WAITING)
                .set(WAITING.TENANT_ID, TenantScope.required().value())
                .set(WAITING.ID, id.value())
                .set(WAITING.OCCURRENCE_ID, occurrence.value())
                .set(WAITING.NAME, form.name().strip())
                .set(WAITING.EMAIL, EmailAddresses.normalise(form.email()))
                .set(WAITING.GROUP_NAME, form.groupName().strip())
                .set(WAITING.GROUP_KIND, form.groupKind())
                .set(WAITING.NEEDS, form.needs().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(WAITING.NEED_NOTE, form.needNote() == null ? "" : form.needNote().strip())
                .set(WAITING.HELP, form.help())
                .set(WAITING.PLACES, form.places())
                .set(WAITING.TOKEN_HASH, tokenHash)
                .set(WAITING.JOINED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<WaitingRecord> find(WaitingId id) {
        return db.selectFrom(WAITING).where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value()))
                .fetchOptional();
    }

    /** The address's place in this line, if it has one. */
    Optional<WaitingRecord> inLine(OccurrenceId occurrence, String email) {
        return db.selectFrom(WAITING).where(WAITING.TENANT_ID.eq(TenantScope.required().value()),
                WAITING.OCCURRENCE_ID.eq(occurrence.value()), WAITING.EMAIL.eq(EmailAddresses.normalise(email)),
                WAITING.STATUS.in(WaitingStatus.WAITING, WaitingStatus.OFFERED)).fetchOptional();
    }

    /** The entry a link stands for, while it is in line; locked when about to be changed. */
    Optional<WaitingRecord> byLink(byte[] tokenHash, boolean toChange) {
        var query = db.selectFrom(WAITING).where(WAITING.TOKEN_HASH.eq(tokenHash),
                WAITING.STATUS.in(WaitingStatus.WAITING, WaitingStatus.OFFERED));
        return toChange ? query.forNoKeyUpdate().fetchOptional() : query.fetchOptional();
    }

    /** Everyone still in line for an occurrence, first first. */
    List<WaitingRecord> line(OccurrenceId occurrence) {
        return db.selectFrom(WAITING).where(WAITING.TENANT_ID.eq(TenantScope.required().value()),
                        WAITING.OCCURRENCE_ID.eq(occurrence.value()), WAITING.STATUS.in(WaitingStatus.WAITING, WaitingStatus.OFFERED))
                .orderBy(WAITING.JOINED_AT, WAITING.ID).fetch();
    }

    /** Everyone who ever joined an occurrence's list, in the order they joined. */
    List<WaitingRecord> all(OccurrenceId occurrence) {
        return db.selectFrom(WAITING).where(WAITING.TENANT_ID.eq(TenantScope.required().value()),
                WAITING.OCCURRENCE_ID.eq(occurrence.value())).orderBy(WAITING.JOINED_AT, WAITING.ID).fetch();
    }

    List<WaitingRecord> byEmail(String email) {
        return db.selectFrom(WAITING).where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.EMAIL.eq(email))
                .orderBy(WAITING.JOINED_AT.desc(), WAITING.ID).fetch();
    }

    void offer(WaitingId id, Instant expiresAt) {
        db.update(WAITING).set(WAITING.STATUS, WaitingStatus.OFFERED).set(WAITING.OFFER_EXPIRES_AT, expiresAt)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value())).execute();
    }

    /** Takes the entry off the line: booked, left or passed. Its link stops working. */
    void end(WaitingId id, WaitingStatus how, BookingId booking, Instant now) {
        db.update(WAITING).set(WAITING.STATUS, how).set(WAITING.OFFER_EXPIRES_AT, (Instant) null).set(WAITING.LEFT_AT, now)
                .set(WAITING.TOKEN_HASH, (byte[]) null).set(WAITING.BOOKING_ID, booking == null ? null : booking.value())
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value())).execute();
    }

    void positionTold(WaitingId id, int position) {
        db.update(WAITING).set(WAITING.POSITION_TOLD, position)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value())).execute();
    }

    void toldFree(WaitingId id, Instant now) {
        db.update(WAITING).set(WAITING.TOLD_FREE_AT, now)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value())).execute();
    }

    /** The person's name, address and note give way; their link stops working; the entry stays counted. */
    int erase(String email) {
        return db.update(WAITING).set(WAITING.NAME, BookingStore.ERASED).set(WAITING.EMAIL, BookingStore.ERASED_EMAIL)
                .set(WAITING.NEED_NOTE, "").set(WAITING.TOKEN_HASH, (byte[]) null)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.EMAIL.eq(email)).execute();
    }

    int forget(OccurrenceId occurrence) {
        return db.update(WAITING).set(WAITING.NAME, BookingStore.ERASED).set(WAITING.EMAIL, BookingStore.ERASED_EMAIL)
                .set(WAITING.NEED_NOTE, "").set(WAITING.TOKEN_HASH, (byte[]) null)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.OCCURRENCE_ID.eq(occurrence.value()),
                        WAITING.EMAIL.ne(BookingStore.ERASED_EMAIL)).execute();
    }

    /** A new link for the entry, sent in the email that lets them act; the earlier one no longer works. */
    void relink(WaitingId id, byte[] tokenHash) {
        db.update(WAITING).set(WAITING.TOKEN_HASH, tokenHash)
                .where(WAITING.TENANT_ID.eq(TenantScope.required().value()), WAITING.ID.eq(id.value())).execute();
    }
}
