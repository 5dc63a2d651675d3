package org.sharewell.licensing.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.audit.Actor;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.tables.records.ApplicationRecord;
import sharewell.db.licensing.tables.records.TrainingRecordRecord;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.licensing.Tables.APPLICATION;
import static sharewell.db.licensing.Tables.TRAINING_RECORD;

/** The application and training record tables, under row-level security for the bound tenant. */
@Component
class ApplicationStore {

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

    Optional<ApplicationRecord> find(ApplicationId id) {
        return db.selectFrom(APPLICATION).where(APPLICATION.ID.eq(id.value())).fetchOptional();
    }

    /** Locks the application until the transaction ends, so that two decisions cannot cross. */
    Optional<ApplicationRecord> lock(ApplicationId id) {
        return db.selectFrom(APPLICATION).where(APPLICATION.ID.eq(id.value())).forUpdate().fetchOptional();
    }

    Optional<ApplicationRecord> latestOf(PersonId person) {
        return db.selectFrom(APPLICATION).where(APPLICATION.PERSON_ID.eq(person.value()))
                .orderBy(APPLICATION.APPLIED_AT.desc(), APPLICATION.ID).limit(1).fetchOptional();
    }

    boolean hasPending(PersonId person) {
        return db.fetchExists(APPLICATION, APPLICATION.PERSON_ID.eq(person.value()),
                APPLICATION.STATUS.eq(ApplicationStatus.PENDING));
    }

    List<ApplicationRecord> list(ApplicationStatus status, int offset, int limit) {
        return db.selectFrom(APPLICATION).where(withStatus(status))
                .orderBy(DSL.when(APPLICATION.STATUS.eq(ApplicationStatus.PENDING), 0).otherwise(1),
                        APPLICATION.APPLIED_AT.desc(), APPLICATION.ID)
                .offset(offset).limit(limit).fetch();
    }

    int count(ApplicationStatus status) {
        return db.fetchCount(APPLICATION, withStatus(status));
    }

    /** The training recorded for these applications. */
    List<TrainingRecordRecord> trainingOf(Collection<UUID> applications) {
        return applications.isEmpty() ? List.of()
                : db.selectFrom(TRAINING_RECORD).where(TRAINING_RECORD.APPLICATION_ID.in(applications)).fetch();
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

    private static Condition withStatus(ApplicationStatus status) {
        return status == null ? DSL.noCondition() : APPLICATION.STATUS.eq(status);
    }

}
