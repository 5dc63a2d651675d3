package org.sharewell.surgeries.internal;

import org.jooq.DSLContext;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.SurgeonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.SurgeonRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.surgeries.Tables.SURGEON;
import static sharewell.db.surgeries.Tables.SURGEON_DATE;

/** Surgeons, the dates they come to, and the hashes of their feed and own links. */
@Component
class SurgeonStore {

    private final DSLContext db;

    SurgeonStore(DSLContext db) {
        this.db = db;
    }

    /** The surgeon with this address, added now if the organisation has none; locked for the caller. */
    SurgeonRecord findOrAdd(String name, String email, Instant now) {
        String address = EmailAddresses.normalise(email);
        db.insertInto(SURGEON).set(SURGEON.TENANT_ID, TenantScope.required().value()).set(SURGEON.ID, UUID.randomUUID())
                .set(SURGEON.NAME, name.strip()).set(SURGEON.EMAIL, address).set(SURGEON.ADDED_AT, now)
                .onConflictDoNothing().execute();
        return db.selectFrom(SURGEON).where(SURGEON.TENANT_ID.eq(TenantScope.required().value()), SURGEON.EMAIL.eq(address))
                .forNoKeyUpdate().fetchSingle();
    }

    void comesTo(SurgeonId surgeon, OccurrenceId date) {
        db.insertInto(SURGEON_DATE).set(SURGEON_DATE.TENANT_ID, TenantScope.required().value())
                .set(SURGEON_DATE.SURGEON_ID, surgeon.value()).set(SURGEON_DATE.OCCURRENCE_ID, date.value())
                .onConflictDoNothing().execute();
    }

    List<OccurrenceId> datesOf(SurgeonId surgeon) {
        return db.select(SURGEON_DATE.OCCURRENCE_ID).from(SURGEON_DATE)
                .where(SURGEON_DATE.TENANT_ID.eq(TenantScope.required().value()), SURGEON_DATE.SURGEON_ID.eq(surgeon.value()))
                .fetch(row -> new OccurrenceId(row.value1()));
    }

    List<SurgeonRecord> all() {
        return db.selectFrom(SURGEON).where(SURGEON.TENANT_ID.eq(TenantScope.required().value())).orderBy(SURGEON.NAME, SURGEON.ID)
                .fetch();
    }

    Optional<SurgeonRecord> byFeed(byte[] hash) {
        return db.selectFrom(SURGEON).where(SURGEON.TENANT_ID.eq(TenantScope.required().value()), SURGEON.FEED_TOKEN_HASH.eq(hash))
                .fetchOptional();
    }

    /** The surgeon whose own link this is; locked when about to be changed. */
    Optional<SurgeonRecord> byLink(byte[] hash, boolean toChange) {
        var query = db.selectFrom(SURGEON)
                .where(SURGEON.TENANT_ID.eq(TenantScope.required().value()), SURGEON.MANAGE_TOKEN_HASH.eq(hash));
        return toChange ? query.forNoKeyUpdate().fetchOptional() : query.fetchOptional();
    }

    Optional<SurgeonRecord> byEmail(String email) {
        return db.selectFrom(SURGEON).where(SURGEON.TENANT_ID.eq(TenantScope.required().value()),
                SURGEON.EMAIL.eq(EmailAddresses.normalise(email))).fetchOptional();
    }

    /** New hashes for the feed (null to stop it) and, when given, the surgeon's own link. */
    void tokens(SurgeonId surgeon, byte[] feedHash, byte[] linkHash) {
        var update = db.update(SURGEON).set(SURGEON.FEED_TOKEN_HASH, feedHash);
        (linkHash == null ? update : update.set(SURGEON.MANAGE_TOKEN_HASH, linkHash))
                .where(SURGEON.TENANT_ID.eq(TenantScope.required().value()), SURGEON.ID.eq(surgeon.value())).execute();
    }

    /** Their name and address give way, and both links stop; which dates they came to stays. */
    int erase(String email) {
        return db.update(SURGEON).set(SURGEON.NAME, BookingStore.ERASED)
                .set(SURGEON.EMAIL, org.jooq.impl.DSL.concat(org.jooq.impl.DSL.val("erased-"), SURGEON.ID.cast(String.class),
                        org.jooq.impl.DSL.val("@erased.invalid")))
                .set(SURGEON.FEED_TOKEN_HASH, (byte[]) null).set(SURGEON.MANAGE_TOKEN_HASH, (byte[]) null)
                .where(SURGEON.TENANT_ID.eq(TenantScope.required().value()), SURGEON.EMAIL.eq(EmailAddresses.normalise(email)))
                .execute();
    }
}
