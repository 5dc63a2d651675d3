package org.sharewell.surgeries.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sharewell.kernel.PageRequest;
import org.sharewell.surgeries.BookingTerms;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.Surgery;
import org.sharewell.surgeries.SurgeryId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.SurgeryRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.surgeries.Tables.OCCURRENCE;
import static sharewell.db.surgeries.Tables.SURGERY;

/** Surgeries and their occurrences, with the places each has and has taken. */
@Component
class SurgeryStore {

    private final DSLContext db;

    SurgeryStore(DSLContext db) {
        this.db = db;
    }

    void insert(SurgeryId id, NewSurgery surgery, String postcode, Instant now) {
        db.insertInto(SURGERY)
                .set(SURGERY.TENANT_ID, TenantScope.required().value())
                .set(SURGERY.ID, id.value())
                .set(SURGERY.TITLE, surgery.title().strip())
                .set(SURGERY.OFFERS, surgery.offers() == null ? "" : surgery.offers().strip())
                .set(SURGERY.VENUE, surgery.venue() == null || surgery.venue().isBlank() ? null : surgery.venue().strip())
                .set(SURGERY.POSTCODE, postcode)
                .set(SURGERY.ONLINE_LINK, surgery.onlineLink() == null || surgery.onlineLink().isBlank() ? null
                        : surgery.onlineLink().strip())
                .set(SURGERY.ACCESSIBILITY, surgery.accessibility() == null ? "" : surgery.accessibility().strip())
                .set(SURGERY.FIRST_DAY, surgery.firstDay())
                .set(SURGERY.STARTS, surgery.starts())
                .set(SURGERY.ENDS, surgery.ends())
                .set(SURGERY.REPEATS, surgery.repeats() == null || surgery.repeats().isBlank() ? null : surgery.repeats().strip())
                .set(SURGERY.PLACES, surgery.places())
                .set(SURGERY.PUBLIC, surgery.open())
                .set(SURGERY.CUT_OFF_HOURS, surgery.terms().cutOffHours())
                .set(SURGERY.NEEDS_APPROVAL, surgery.terms().needsApproval())
                .set(SURGERY.HOLD_HOURS, surgery.terms().holdHours())
                .set(SURGERY.OFFER_HOURS, surgery.terms().offerHours())
                .set(SURGERY.REMINDER_HOURS, surgery.terms().reminderHours().stream().sorted(java.util.Comparator.reverseOrder())
                        .distinct().toArray(Integer[]::new))
                .set(SURGERY.CREATED_AT, now)
                .execute();
    }

    OccurrenceId insertOccurrence(SurgeryId surgery, Instant startsAt, Instant endsAt, int places) {
        var id = new OccurrenceId(UUID.randomUUID());
        db.insertInto(OCCURRENCE)
                .set(OCCURRENCE.TENANT_ID, TenantScope.required().value())
                .set(OCCURRENCE.ID, id.value())
                .set(OCCURRENCE.SURGERY_ID, surgery.value())
                .set(OCCURRENCE.STARTS_AT, startsAt)
                .set(OCCURRENCE.ENDS_AT, endsAt)
                .set(OCCURRENCE.PLACES, places)
                .execute();
        return id;
    }

    List<Surgery> ours(PageRequest page) {
        return db.selectFrom(SURGERY).where(SURGERY.TENANT_ID.eq(TenantScope.required().value()))
                .orderBy(SURGERY.TITLE, SURGERY.ID).offset(page.offset()).limit(page.limit()).fetch(SurgeryStore::surgery);
    }

    int countOurs() {
        return db.fetchCount(SURGERY, SURGERY.TENANT_ID.eq(TenantScope.required().value()));
    }

    /** One of the organisation's surgeries; only a public one when {@code publicOnly}. */
    Optional<Surgery> find(SurgeryId id, boolean publicOnly) {
        return db.selectFrom(SURGERY).where(SURGERY.TENANT_ID.eq(TenantScope.required().value()), SURGERY.ID.eq(id.value()),
                publicOnly ? SURGERY.PUBLIC.isTrue() : org.jooq.impl.DSL.noCondition()).fetchOptional(SurgeryStore::surgery);
    }

    /** The organisation's occurrences from a moment on, soonest first: of one surgery, or of all its public ones. */
    List<Occurrence> occurrences(SurgeryId surgery, Instant from) {
        return occurrences(OCCURRENCE.SURGERY_ID.eq(surgery.value()).and(OCCURRENCE.ENDS_AT.gt(from)));
    }

    List<Occurrence> publicOccurrences(Instant from) {
        return occurrences(SURGERY.PUBLIC.isTrue().and(OCCURRENCE.ENDS_AT.gt(from)));
    }

    Optional<Occurrence> occurrence(OccurrenceId id, boolean publicOnly) {
        return occurrences(OCCURRENCE.ID.eq(id.value()).and(publicOnly ? SURGERY.PUBLIC.isTrue() : org.jooq.impl.DSL.noCondition()))
                .stream().findFirst();
    }

    /** A directory row: the occurrence with where it is, for every organisation (the database shows only public ones). */
    record Listed(org.sharewell.tenancy.TenantId host, Occurrence occurrence, String venue, String postcode, String area,
                  String onlineLink) {
    }

    /**
     * Public occurrences of every host between two moments, in one postcode area or all. Not limited to
     * the bound organisation: the {@code read_public} policies let anyone read public surgeries, and only them.
     */
    List<Listed> directory(String area, Instant from, Instant to) {
        return db.select(OCCURRENCE.TENANT_ID, OCCURRENCE.ID, OCCURRENCE.SURGERY_ID, SURGERY.TITLE, OCCURRENCE.STARTS_AT,
                        OCCURRENCE.ENDS_AT, OCCURRENCE.PLACES, OCCURRENCE.TAKEN, OCCURRENCE.STATUS, OCCURRENCE.SEQUENCE,
                        SURGERY.VENUE, SURGERY.POSTCODE, SURGERY.POSTCODE_AREA, SURGERY.ONLINE_LINK)
                .from(OCCURRENCE).join(SURGERY).on(SURGERY.TENANT_ID.eq(OCCURRENCE.TENANT_ID), SURGERY.ID.eq(OCCURRENCE.SURGERY_ID))
                .where(SURGERY.PUBLIC.isTrue(), OCCURRENCE.STARTS_AT.ge(from), OCCURRENCE.STARTS_AT.lt(to),
                        area == null ? org.jooq.impl.DSL.noCondition() : SURGERY.POSTCODE_AREA.eq(area))
                .orderBy(OCCURRENCE.STARTS_AT, OCCURRENCE.ID).limit(500)
                .fetch(row -> new Listed(new org.sharewell.tenancy.TenantId(row.get(OCCURRENCE.TENANT_ID)), occurrence(row),
                        row.get(SURGERY.VENUE), row.get(SURGERY.POSTCODE), row.get(SURGERY.POSTCODE_AREA),
                        row.get(SURGERY.ONLINE_LINK)));
    }

    /**
     * Takes places if enough are left, in one guarded change: PostgreSQL serialises the updates of one
     * row, so of two bookings for the last place exactly one succeeds. False if too few are left, or
     * it is cancelled or has started.
     */
    boolean take(OccurrenceId id, int places, Instant now) {
        return db.update(OCCURRENCE).set(OCCURRENCE.TAKEN, OCCURRENCE.TAKEN.plus(places))
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()), OCCURRENCE.ID.eq(id.value()),
                        OCCURRENCE.STATUS.eq(OccurrenceStatus.SCHEDULED), OCCURRENCE.STARTS_AT.gt(now),
                        OCCURRENCE.TAKEN.plus(places).le(OCCURRENCE.PLACES))
                .execute() == 1;
    }

    /** Cancels a date still to come; false if it was cancelled already or has started. Calendars see a new SEQUENCE. */
    boolean cancel(OccurrenceId id, Instant now) {
        return db.update(OCCURRENCE).set(OCCURRENCE.STATUS, OccurrenceStatus.CANCELLED)
                .set(OCCURRENCE.SEQUENCE, OCCURRENCE.SEQUENCE.plus(1))
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()), OCCURRENCE.ID.eq(id.value()),
                        OCCURRENCE.STATUS.eq(OccurrenceStatus.SCHEDULED), OCCURRENCE.STARTS_AT.gt(now))
                .execute() == 1;
    }

    /**
     * Locks the occurrence's row until the transaction ends, so that decisions about its freed places
     * (who is offered them) are made one at a time; the guarded changes of places wait for it too.
     * FOR NO KEY UPDATE, not FOR UPDATE: a booking being added holds a key-share lock on its date (its
     * foreign key) until it commits, and FOR UPDATE would wait for that while the booking waits for us.
     */
    Optional<Occurrence> lock(OccurrenceId id) {
        db.selectOne().from(OCCURRENCE).where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()),
                OCCURRENCE.ID.eq(id.value())).forNoKeyUpdate().fetchOptional();
        return occurrence(id, false);
    }

    /** Moves a date still to come and sets its places, if no fewer than are taken; false otherwise. Calendars see a new SEQUENCE. */
    boolean change(OccurrenceId id, Instant startsAt, Instant endsAt, int places, Instant now) {
        return db.update(OCCURRENCE).set(OCCURRENCE.STARTS_AT, startsAt).set(OCCURRENCE.ENDS_AT, endsAt)
                .set(OCCURRENCE.PLACES, places).set(OCCURRENCE.SEQUENCE, OCCURRENCE.SEQUENCE.plus(1))
                .set(OCCURRENCE.REMINDED_HOURS, (Integer) null)
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()), OCCURRENCE.ID.eq(id.value()),
                        OCCURRENCE.STATUS.eq(OccurrenceStatus.SCHEDULED), OCCURRENCE.STARTS_AT.gt(now),
                        OCCURRENCE.TAKEN.le(places))
                .execute() == 1;
    }

    /** The smallest number of hours before the start for which reminders have gone out; null for none. */
    Integer remindedHours(OccurrenceId id) {
        return db.select(OCCURRENCE.REMINDED_HOURS).from(OCCURRENCE).where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()),
                OCCURRENCE.ID.eq(id.value())).fetchOne(OCCURRENCE.REMINDED_HOURS);
    }

    void reminded(OccurrenceId id, int hours) {
        db.update(OCCURRENCE).set(OCCURRENCE.REMINDED_HOURS, hours)
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()), OCCURRENCE.ID.eq(id.value())).execute();
    }

    void release(OccurrenceId id, int places) {
        db.update(OCCURRENCE).set(OCCURRENCE.TAKEN, OCCURRENCE.TAKEN.minus(places))
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()), OCCURRENCE.ID.eq(id.value())).execute();
    }

    private List<Occurrence> occurrences(org.jooq.Condition condition) {
        return db.select(OCCURRENCE.ID, OCCURRENCE.SURGERY_ID, SURGERY.TITLE, OCCURRENCE.STARTS_AT, OCCURRENCE.ENDS_AT,
                        OCCURRENCE.PLACES, OCCURRENCE.TAKEN, OCCURRENCE.STATUS, OCCURRENCE.SEQUENCE)
                .from(OCCURRENCE).join(SURGERY).on(SURGERY.TENANT_ID.eq(OCCURRENCE.TENANT_ID), SURGERY.ID.eq(OCCURRENCE.SURGERY_ID))
                .where(OCCURRENCE.TENANT_ID.eq(TenantScope.required().value()).and(condition))
                .orderBy(OCCURRENCE.STARTS_AT, OCCURRENCE.ID).fetch(SurgeryStore::occurrence);
    }

    private static Occurrence occurrence(Record row) {
        return new Occurrence(new OccurrenceId(row.get(OCCURRENCE.ID)), new SurgeryId(row.get(OCCURRENCE.SURGERY_ID)),
                row.get(SURGERY.TITLE), row.get(OCCURRENCE.STARTS_AT), row.get(OCCURRENCE.ENDS_AT), row.get(OCCURRENCE.PLACES),
                row.get(OCCURRENCE.TAKEN), row.get(OCCURRENCE.STATUS), row.get(OCCURRENCE.SEQUENCE));
    }

    private static Surgery surgery(SurgeryRecord row) {
        return new Surgery(new SurgeryId(row.getId()), row.getTitle(), row.getOffers(), row.getVenue(), row.getPostcode(),
                row.getPostcodeArea(), row.getOnlineLink(), row.getAccessibility(), row.getFirstDay(), row.getStarts(),
                row.getEnds(), row.getRepeats(), row.getPlaces(), row.getPublic(), new BookingTerms(row.getNeedsApproval(),
                row.getHoldHours(), row.getCutOffHours(), row.getOfferHours(), java.util.Arrays.asList(row.getReminderHours())));
    }
}
