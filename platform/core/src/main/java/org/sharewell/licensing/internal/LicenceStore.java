package org.sharewell.licensing.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.PageRequest;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicenceState;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.tables.records.LicenceRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static sharewell.db.licensing.Tables.EXPIRY_NOTICE;
import static sharewell.db.licensing.Tables.LICENCE;

/**
 * The licence and expiry notice tables, under row-level security for the bound tenant. A person's
 * current licence is the one neither revoked nor replaced by a renewal.
 */
@Component
class LicenceStore {

    private static final Condition CURRENT = LICENCE.REVOKED_AT.isNull().and(LICENCE.REPLACED_AT.isNull());

    private final DSLContext db;

    LicenceStore(DSLContext db) {
        this.db = db;
    }

    /** Issues a licence, replacing the person's current one if they are renewing. */
    LicenceId issue(PersonId person, ApplicationId application, Instant at, Actor by, LocalDate expiresOn) {
        db.update(LICENCE).set(LICENCE.REPLACED_AT, at)
                .where(LICENCE.PERSON_ID.eq(person.value()).and(CURRENT)).execute();
        var id = LicenceId.random();
        db.insertInto(LICENCE)
                .set(LICENCE.TENANT_ID, TenantScope.required().value())
                .set(LICENCE.ID, id.value())
                .set(LICENCE.PERSON_ID, person.value())
                .set(LICENCE.APPLICATION_ID, application.value())
                .set(LICENCE.GRANTED_AT, at)
                .set(LICENCE.GRANTED_BY, by.name())
                .set(LICENCE.GRANTED_BY_ACCOUNT, by.accountId())
                .set(LICENCE.EXPIRES_ON, expiresOn)
                .execute();
        return id;
    }

    Optional<StoredLicence> find(LicenceId id) {
        return db.selectFrom(LICENCE).where(LICENCE.ID.eq(id.value())).fetchOptional(LicenceStore::stored);
    }

    /** Locks the licence until the transaction ends, so that a revocation cannot cross a renewal. */
    Optional<StoredLicence> lock(LicenceId id) {
        return db.selectFrom(LICENCE).where(LICENCE.ID.eq(id.value())).forUpdate().fetchOptional(LicenceStore::stored);
    }

    Optional<StoredLicence> currentOf(PersonId person) {
        return db.selectFrom(LICENCE).where(LICENCE.PERSON_ID.eq(person.value()).and(CURRENT))
                .fetchOptional(LicenceStore::stored);
    }

    /** The person's latest licence that no renewal replaced: valid, expired or revoked. */
    Optional<StoredLicence> latestOf(PersonId person) {
        return db.selectFrom(LICENCE).where(LICENCE.PERSON_ID.eq(person.value()), LICENCE.REPLACED_AT.isNull())
                .orderBy(LICENCE.GRANTED_AT.desc(), LICENCE.ID).limit(1).fetchOptional(LicenceStore::stored);
    }

    /** Those of the people who hold a licence that is valid on the given day, in one query. */
    Set<PersonId> holdingValid(Collection<PersonId> people, LocalDate today) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return db.selectDistinct(LICENCE.PERSON_ID).from(LICENCE)
                .where(LICENCE.PERSON_ID.in(people.stream().map(PersonId::value).toList()), CURRENT, validOn(today))
                .fetchSet(row -> new PersonId(row.value1()));
    }

    /** Current licences (not replaced by a renewal) in the state on the given day, newest first; all for a null state. */
    List<StoredLicence> list(LicenceState state, LocalDate today, PageRequest page) {
        return db.selectFrom(LICENCE).where(listed(state, today))
                .orderBy(LICENCE.GRANTED_AT.desc(), LICENCE.ID).offset(page.offset()).limit(page.limit())
                .fetch(LicenceStore::stored);
    }

    int count(LicenceState state, LocalDate today) {
        return db.fetchCount(LICENCE, listed(state, today));
    }

    /** Every licence of the person, oldest first, for their personal data. */
    List<StoredLicence> of(PersonId person) {
        return db.selectFrom(LICENCE).where(LICENCE.PERSON_ID.eq(person.value())).orderBy(LICENCE.GRANTED_AT)
                .fetch(LicenceStore::stored);
    }

    void revoke(LicenceId id, Instant at, Actor by, String reason) {
        db.update(LICENCE)
                .set(LICENCE.REVOKED_AT, at)
                .set(LICENCE.REVOKED_BY, by.name())
                .set(LICENCE.REVOKED_BY_ACCOUNT, by.accountId())
                .set(LICENCE.REVOCATION_REASON, reason)
                .where(LICENCE.ID.eq(id.value()).and(CURRENT))
                .execute();
    }

    /** Marks the expiry announced; false if someone else (another platform instance) already did. */
    boolean announceExpiry(LicenceId id, Instant at) {
        return db.update(LICENCE).set(LICENCE.EXPIRY_RECORDED_AT, at)
                .where(LICENCE.ID.eq(id.value()), LICENCE.EXPIRY_RECORDED_AT.isNull()).execute() == 1;
    }

    /** Notes the notice as queued; false if it already was, so that each notice goes once. */
    boolean noteNotice(LicenceId id, int daysBefore, Instant at) {
        return db.insertInto(EXPIRY_NOTICE)
                .set(EXPIRY_NOTICE.TENANT_ID, TenantScope.required().value())
                .set(EXPIRY_NOTICE.LICENCE_ID, id.value())
                .set(EXPIRY_NOTICE.DAYS_BEFORE, daysBefore)
                .set(EXPIRY_NOTICE.QUEUED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Replaces the reasons written about the person (on erasure); the decisions and dates stay. */
    void replaceReasonsAbout(PersonId person, String replacement) {
        db.update(LICENCE).set(LICENCE.REVOCATION_REASON, replacement)
                .where(LICENCE.PERSON_ID.eq(person.value()), LICENCE.REVOCATION_REASON.isNotNull()).execute();
    }

    /** Replaces the name of a login where it granted or revoked (on erasure); the dates stay. */
    void replaceActor(UUID account, String replacement) {
        db.update(LICENCE).set(LICENCE.GRANTED_BY, replacement).setNull(LICENCE.GRANTED_BY_ACCOUNT)
                .where(LICENCE.GRANTED_BY_ACCOUNT.eq(account)).execute();
        db.update(LICENCE).set(LICENCE.REVOKED_BY, replacement).setNull(LICENCE.REVOKED_BY_ACCOUNT)
                .where(LICENCE.REVOKED_BY_ACCOUNT.eq(account)).execute();
    }

    private static StoredLicence stored(LicenceRecord row) {
        return new StoredLicence(new LicenceId(row.getId()), new PersonId(row.getPersonId()), row.getGrantedAt(),
                row.getGrantedBy(), row.getExpiresOn(), row.getRevokedAt(), row.getRevokedBy(), row.getRevocationReason(),
                row.getReplacedAt());
    }

    private static Condition validOn(LocalDate today) {
        return LICENCE.EXPIRES_ON.isNull().or(LICENCE.EXPIRES_ON.ge(today));
    }

    private static Condition listed(LicenceState state, LocalDate today) {
        Condition current = LICENCE.REPLACED_AT.isNull();
        if (state == null) {
            return current;
        }
        return current.and(switch (state) {
            case VALID -> LICENCE.REVOKED_AT.isNull().and(validOn(today));
            case EXPIRED -> LICENCE.REVOKED_AT.isNull().and(LICENCE.EXPIRES_ON.lt(today));
            case REVOKED -> LICENCE.REVOKED_AT.isNotNull();
        });
    }
}
