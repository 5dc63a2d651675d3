package org.sharewell.licensing.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.PageRequest;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.tables.records.ApplicationRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.multiset;
import static sharewell.db.licensing.Tables.APPLICATION;
import static sharewell.db.licensing.Tables.TRAINING_RECORD;

/**
 * The application and training record tables, under row-level security for the bound tenant. Each
 * application comes back with its training records in the same query.
 */
@Component
class ApplicationStore {

    private static final Field<Map<TrainingItemId, StoredApplication.Recorded>> RECORDED = multiset(DSL.select(
                    TRAINING_RECORD.ITEM_ID, TRAINING_RECORD.RECORDED_AT, TRAINING_RECORD.RECORDED_BY).from(TRAINING_RECORD)
            .where(TRAINING_RECORD.TENANT_ID.eq(APPLICATION.TENANT_ID), TRAINING_RECORD.APPLICATION_ID.eq(APPLICATION.ID)))
            .convertFrom(rows -> {
                var recorded = new HashMap<TrainingItemId, StoredApplication.Recorded>();
                rows.forEach((Record3<UUID, Instant, String> row) -> recorded.put(new TrainingItemId(row.value1()),
                        new StoredApplication.Recorded(row.value2(), row.value3())));
                return recorded;
            });

    private final DSLContext db;

    ApplicationStore(DSLContext db) {
        this.db = db;
    }

    ApplicationId insert(PersonId person, Instant appliedAt) {
        var id = ApplicationId.random();
        try {
            db.insertInto(APPLICATION)
                    .set(APPLICATION.TENANT_ID, TenantScope.required().value())
                    .set(APPLICATION.ID, id.value())
                    .set(APPLICATION.PERSON_ID, person.value())
                    .set(APPLICATION.APPLIED_AT, appliedAt)
                    .execute();
        } catch (DuplicateKeyException e) {
            // Checked first by the caller, but two requests can race.
            throw new Conflict("You already have an application waiting for a decision.");
        }
        return id;
    }

    Optional<StoredApplication> find(ApplicationId id) {
        return fetch(APPLICATION.ID.eq(id.value())).stream().findFirst();
    }

    /** The application, locked until the transaction ends, so that two decisions cannot cross. */
    Optional<StoredApplication> lock(ApplicationId id) {
        db.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.ID.eq(id.value())).forUpdate().execute();
        return find(id);
    }

    Optional<StoredApplication> latestOf(PersonId person) {
        return db.select(APPLICATION, RECORDED).from(APPLICATION).where(APPLICATION.PERSON_ID.eq(person.value()))
                .orderBy(APPLICATION.APPLIED_AT.desc(), APPLICATION.ID).limit(1)
                .fetchOptional(row -> stored(row.value1(), row.value2()));
    }

    boolean hasPending(PersonId person) {
        return db.fetchExists(APPLICATION, APPLICATION.PERSON_ID.eq(person.value()),
                APPLICATION.STATUS.eq(ApplicationStatus.PENDING));
    }

    /** Those waiting for a decision first, then the newest first. */
    List<StoredApplication> list(ApplicationStatus status, PageRequest page) {
        return db.select(APPLICATION, RECORDED).from(APPLICATION).where(withStatus(status))
                .orderBy(DSL.when(APPLICATION.STATUS.eq(ApplicationStatus.PENDING), 0).otherwise(1),
                        APPLICATION.APPLIED_AT.desc(), APPLICATION.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(row -> stored(row.value1(), row.value2()));
    }

    int count(ApplicationStatus status) {
        return db.fetchCount(APPLICATION, withStatus(status));
    }

    /** Every application of the person, oldest first, for their personal data. */
    List<StoredApplication> of(PersonId person) {
        return db.select(APPLICATION, RECORDED).from(APPLICATION).where(APPLICATION.PERSON_ID.eq(person.value()))
                .orderBy(APPLICATION.APPLIED_AT).fetch(row -> stored(row.value1(), row.value2()));
    }

    /** Records the training as done; false if it already was. */
    boolean recordTraining(ApplicationId application, TrainingItemId item, Instant at, Actor by) {
        return db.insertInto(TRAINING_RECORD)
                .set(TRAINING_RECORD.TENANT_ID, TenantScope.required().value())
                .set(TRAINING_RECORD.APPLICATION_ID, application.value())
                .set(TRAINING_RECORD.ITEM_ID, item.value())
                .set(TRAINING_RECORD.RECORDED_AT, at)
                .set(TRAINING_RECORD.RECORDED_BY, by.name())
                .set(TRAINING_RECORD.RECORDED_BY_ACCOUNT, by.accountId())
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Takes a training record back; false if there was none. */
    boolean removeTraining(ApplicationId application, TrainingItemId item) {
        return db.deleteFrom(TRAINING_RECORD).where(TRAINING_RECORD.APPLICATION_ID.eq(application.value()),
                TRAINING_RECORD.ITEM_ID.eq(item.value())).execute() == 1;
    }

    void decide(ApplicationId id, ApplicationStatus status, Instant at, Actor by, String declineReason) {
        db.update(APPLICATION)
                .set(APPLICATION.STATUS, status)
                .set(APPLICATION.DECIDED_AT, at)
                .set(APPLICATION.DECIDED_BY, by.name())
                .set(APPLICATION.DECIDED_BY_ACCOUNT, by.accountId())
                .set(APPLICATION.DECLINE_REASON, declineReason)
                .where(APPLICATION.ID.eq(id.value()), APPLICATION.STATUS.eq(ApplicationStatus.PENDING))
                .execute();
    }

    /** Replaces the reasons written about the person (on erasure); the decisions and dates stay. */
    void replaceReasonsAbout(PersonId person, String replacement) {
        db.update(APPLICATION).set(APPLICATION.DECLINE_REASON, replacement)
                .where(APPLICATION.PERSON_ID.eq(person.value()), APPLICATION.DECLINE_REASON.isNotNull()).execute();
    }

    /** Replaces the name of a login where it decided or recorded training (on erasure); the dates stay. */
    void replaceActor(UUID account, String replacement) {
        db.update(APPLICATION).set(APPLICATION.DECIDED_BY, replacement).setNull(APPLICATION.DECIDED_BY_ACCOUNT)
                .where(APPLICATION.DECIDED_BY_ACCOUNT.eq(account)).execute();
        db.update(TRAINING_RECORD).set(TRAINING_RECORD.RECORDED_BY, replacement).setNull(TRAINING_RECORD.RECORDED_BY_ACCOUNT)
                .where(TRAINING_RECORD.RECORDED_BY_ACCOUNT.eq(account)).execute();
    }

    private List<StoredApplication> fetch(Condition condition) {
        return db.select(APPLICATION, RECORDED).from(APPLICATION).where(condition)
                .fetch(row -> stored(row.value1(), row.value2()));
    }

    private static StoredApplication stored(ApplicationRecord row, Map<TrainingItemId, StoredApplication.Recorded> recorded) {
        return new StoredApplication(new ApplicationId(row.getId()), new PersonId(row.getPersonId()), row.getStatus(),
                row.getAppliedAt(), recorded, row.getDecidedAt(), row.getDecidedBy(), row.getDeclineReason());
    }

    private static Condition withStatus(ApplicationStatus status) {
        return status == null ? DSL.noCondition() : APPLICATION.STATUS.eq(status);
    }
}
