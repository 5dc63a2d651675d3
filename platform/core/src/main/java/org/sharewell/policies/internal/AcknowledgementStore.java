package org.sharewell.policies.internal;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.AcknowledgementStatus;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.policies.tables.records.AcknowledgementRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static sharewell.db.policies.Tables.ACKNOWLEDGEMENT;
import static sharewell.db.policies.Tables.READERS;

/** Who was asked to read which version, and the kinds of people each policy applies to. */
@Component
class AcknowledgementStore {

    /** One row: a person asked to read one version. */
    record Asked(UUID id, DocumentId policy, String title, int version, PersonId person, String name, PersonKind kind,
                 @Nullable String email, Instant askedAt, LocalDate dueOn, @Nullable Instant acknowledgedAt, int reminders) {

        AcknowledgementStatus.Reader reader() {
            return new AcknowledgementStatus.Reader(person, name, kind, email, askedAt, dueOn, acknowledgedAt, reminders);
        }
    }

    private final DSLContext db;

    AcknowledgementStore(DSLContext db) {
        this.db = db;
    }

    Optional<Set<PersonKind>> readers(DocumentId policy) {
        return db.select(READERS.KINDS).from(READERS)
                .where(READERS.TENANT_ID.eq(TenantScope.required().value()), READERS.DOCUMENT_ID.eq(policy.value()))
                .fetchOptional(row -> Arrays.stream(row.value1()).map(PersonKind::valueOf).collect(Collectors.toSet()));
    }

    void changeReaders(DocumentId policy, Set<PersonKind> kinds) {
        String[] names = kinds.stream().map(Enum::name).sorted().toArray(String[]::new);
        db.insertInto(READERS).set(READERS.TENANT_ID, TenantScope.required().value()).set(READERS.DOCUMENT_ID, policy.value())
                .set(READERS.KINDS, names).onConflict(READERS.TENANT_ID, READERS.DOCUMENT_ID).doUpdate()
                .set(READERS.KINDS, names).execute();
    }

    void insert(UUID id, DocumentId policy, String title, int version, PersonId person, String name, PersonKind kind,
                @Nullable String email, byte @Nullable [] tokenHash, @Nullable Instant linkExpiresAt, Instant now, LocalDate dueOn) {
        db.insertInto(ACKNOWLEDGEMENT)
                .set(ACKNOWLEDGEMENT.TENANT_ID, TenantScope.required().value())
                .set(ACKNOWLEDGEMENT.ID, id)
                .set(ACKNOWLEDGEMENT.DOCUMENT_ID, policy.value())
                .set(ACKNOWLEDGEMENT.TITLE, title)
                .set(ACKNOWLEDGEMENT.VERSION, version)
                .set(ACKNOWLEDGEMENT.PERSON_ID, person.value())
                .set(ACKNOWLEDGEMENT.PERSON_NAME, name)
                .set(ACKNOWLEDGEMENT.PERSON_KIND, kind.name())
                .set(ACKNOWLEDGEMENT.EMAIL, email)
                .set(ACKNOWLEDGEMENT.TOKEN_HASH, tokenHash)
                .set(ACKNOWLEDGEMENT.LINK_EXPIRES_AT, linkExpiresAt)
                .set(ACKNOWLEDGEMENT.ASKED_AT, now)
                .set(ACKNOWLEDGEMENT.DUE_ON, dueOn)
                .execute();
    }

    /** Links to earlier versions stop working once a newer one is asked for: only the newest is to be read. */
    void retireLinks(DocumentId policy, int beforeVersion) {
        db.update(ACKNOWLEDGEMENT).set(ACKNOWLEDGEMENT.TOKEN_HASH, (byte[]) null)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()), ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.value()),
                        ACKNOWLEDGEMENT.VERSION.lt(beforeVersion), ACKNOWLEDGEMENT.ACKNOWLEDGED_AT.isNull())
                .execute();
    }

    /**
     * The row a link stands for, while the link still works: unused, unexpired, not replaced. Locked
     * when it is about to be used, so two clicks at once use it once.
     */
    Optional<Asked> byLink(byte[] tokenHash, Instant now, boolean toUse) {
        var query = db.selectFrom(ACKNOWLEDGEMENT)
                .where(ACKNOWLEDGEMENT.TOKEN_HASH.eq(tokenHash), ACKNOWLEDGEMENT.LINK_EXPIRES_AT.gt(now),
                        ACKNOWLEDGEMENT.ACKNOWLEDGED_AT.isNull());
        return (toUse ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(AcknowledgementStore::asked);
    }

    Optional<Asked> find(UUID id) {
        return db.selectFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()),
                ACKNOWLEDGEMENT.ID.eq(id)).forUpdate().fetchOptional(AcknowledgementStore::asked);
    }

    Optional<Asked> of(DocumentId policy, int version, PersonId person) {
        return db.selectFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()),
                        ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.value()), ACKNOWLEDGEMENT.VERSION.eq(version),
                        ACKNOWLEDGEMENT.PERSON_ID.eq(person.value()))
                .forUpdate().fetchOptional(AcknowledgementStore::asked);
    }

    /** The newest version anyone was asked to read; empty before anyone was. */
    Optional<Integer> newestAsked(DocumentId policy) {
        return Optional.ofNullable(db.select(org.jooq.impl.DSL.max(ACKNOWLEDGEMENT.VERSION)).from(ACKNOWLEDGEMENT)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()), ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.value()))
                .fetchOne(0, Integer.class));
    }

    /** How many were asked to read the newest version anyone was, and how many have: another organisation's, as far as row-level security lets the bound one see. */
    record Counts(int version, int readers, int acknowledged) {
    }

    Optional<Counts> countsOf(DocumentRef policy) {
        var newest = db.select(org.jooq.impl.DSL.max(ACKNOWLEDGEMENT.VERSION)).from(ACKNOWLEDGEMENT)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(policy.publisher().value()), ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.id().value()))
                .fetchOne(0, Integer.class);
        if (newest == null) {
            return Optional.empty();
        }
        return Optional.of(db.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.count(ACKNOWLEDGEMENT.ACKNOWLEDGED_AT))
                .from(ACKNOWLEDGEMENT)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(policy.publisher().value()), ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.id().value()),
                        ACKNOWLEDGEMENT.VERSION.eq(newest))
                .fetchOne(row -> new Counts(newest, row.value1(), row.value2())));
    }

    List<Asked> askedToRead(DocumentId policy, int version) {
        return db.selectFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()),
                        ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.value()), ACKNOWLEDGEMENT.VERSION.eq(version))
                .orderBy(ACKNOWLEDGEMENT.PERSON_NAME, ACKNOWLEDGEMENT.ID).fetch(AcknowledgementStore::asked);
    }

    /** The newest version of the policy this person acknowledged before this one; empty if none. */
    Optional<Integer> lastAcknowledged(DocumentId policy, PersonId person, int before) {
        return Optional.ofNullable(db.select(org.jooq.impl.DSL.max(ACKNOWLEDGEMENT.VERSION)).from(ACKNOWLEDGEMENT)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()), ACKNOWLEDGEMENT.DOCUMENT_ID.eq(policy.value()),
                        ACKNOWLEDGEMENT.PERSON_ID.eq(person.value()), ACKNOWLEDGEMENT.VERSION.lt(before),
                        ACKNOWLEDGEMENT.ACKNOWLEDGED_AT.isNotNull())
                .fetchOne(0, Integer.class));
    }

    /** What the person still has to read, only the newest version asked of each policy, soonest due first. */
    List<Asked> outstandingFor(PersonId person) {
        var a = ACKNOWLEDGEMENT.as("a");
        var newer = ACKNOWLEDGEMENT.as("newer");
        return db.selectFrom(a).where(a.TENANT_ID.eq(TenantScope.required().value()), a.PERSON_ID.eq(person.value()),
                        a.ACKNOWLEDGED_AT.isNull())
                .andNotExists(db.selectOne().from(newer).where(newer.TENANT_ID.eq(a.TENANT_ID),
                        newer.DOCUMENT_ID.eq(a.DOCUMENT_ID), newer.VERSION.gt(a.VERSION)))
                .orderBy(a.DUE_ON, a.TITLE).fetch(AcknowledgementStore::asked);
    }

    void acknowledge(UUID id, String by, Instant now) {
        db.update(ACKNOWLEDGEMENT).set(ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, now).set(ACKNOWLEDGEMENT.ACKNOWLEDGED_BY, by)
                .set(ACKNOWLEDGEMENT.TOKEN_HASH, (byte[]) null)
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()), ACKNOWLEDGEMENT.ID.eq(id)).execute();
    }

    /** A reminder's new link replaces the last one. */
    void reminded(UUID id, byte[] tokenHash, Instant linkExpiresAt) {
        db.update(ACKNOWLEDGEMENT).set(ACKNOWLEDGEMENT.TOKEN_HASH, tokenHash).set(ACKNOWLEDGEMENT.LINK_EXPIRES_AT, linkExpiresAt)
                .set(ACKNOWLEDGEMENT.REMINDERS, ACKNOWLEDGEMENT.REMINDERS.plus(1))
                .where(ACKNOWLEDGEMENT.TENANT_ID.eq(TenantScope.required().value()), ACKNOWLEDGEMENT.ID.eq(id)).execute();
    }

    private static Asked asked(AcknowledgementRecord row) {
        return new Asked(row.getId(), new DocumentId(row.getDocumentId()), row.getTitle(), row.getVersion(),
                new PersonId(row.getPersonId()), row.getPersonName(), PersonKind.valueOf(row.getPersonKind()), row.getEmail(),
                row.getAskedAt(), row.getDueOn(), row.getAcknowledgedAt(), row.getReminders());
    }
}
