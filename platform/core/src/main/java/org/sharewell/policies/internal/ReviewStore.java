package org.sharewell.policies.internal;

import org.jooq.DSLContext;
import org.sharewell.policies.Review;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.policies.Tables.REVIEW;
import static sharewell.db.policies.Tables.REVIEWED;

/** Each policy's review date, and the reviews that found nothing to change. */
@Component
class ReviewStore {

    record Due(DocumentId policy, int periodMonths, LocalDate dueOn) {
    }

    private final DSLContext db;

    ReviewStore(DSLContext db) {
        this.db = db;
    }

    Optional<Due> find(DocumentId policy) {
        return db.selectFrom(REVIEW).where(REVIEW.TENANT_ID.eq(TenantScope.required().value()), REVIEW.DOCUMENT_ID.eq(policy.value()))
                .fetchOptional(row -> new Due(policy, row.getPeriodMonths(), row.getDueOn()));
    }

    /** When another organisation's policy is next due, as far as row-level security lets the bound one see it. */
    Optional<LocalDate> dueOnOf(DocumentRef policy) {
        return db.select(REVIEW.DUE_ON).from(REVIEW)
                .where(REVIEW.TENANT_ID.eq(policy.publisher().value()), REVIEW.DOCUMENT_ID.eq(policy.id().value()))
                .fetchOptional(REVIEW.DUE_ON);
    }

    List<Due> dueBy(LocalDate day) {
        return db.selectFrom(REVIEW).where(REVIEW.TENANT_ID.eq(TenantScope.required().value()), REVIEW.DUE_ON.lt(day))
                .orderBy(REVIEW.DUE_ON).fetch(row -> new Due(new DocumentId(row.getDocumentId()), row.getPeriodMonths(), row.getDueOn()));
    }

    void put(DocumentId policy, int periodMonths, LocalDate dueOn) {
        db.insertInto(REVIEW).set(REVIEW.TENANT_ID, TenantScope.required().value()).set(REVIEW.DOCUMENT_ID, policy.value())
                .set(REVIEW.PERIOD_MONTHS, periodMonths).set(REVIEW.DUE_ON, dueOn)
                .onConflict(REVIEW.TENANT_ID, REVIEW.DOCUMENT_ID).doUpdate()
                .set(REVIEW.PERIOD_MONTHS, periodMonths).set(REVIEW.DUE_ON, dueOn).execute();
    }

    void reviewed(DocumentId policy, int version, String by, Instant at, String note) {
        db.insertInto(REVIEWED).set(REVIEWED.TENANT_ID, TenantScope.required().value()).set(REVIEWED.ID, UUID.randomUUID())
                .set(REVIEWED.DOCUMENT_ID, policy.value()).set(REVIEWED.VERSION, version).set(REVIEWED.REVIEWED_BY, by)
                .set(REVIEWED.REVIEWED_AT, at).set(REVIEWED.NOTE, note).execute();
    }

    /** The last "reviewed, no change": who, when and the note. */
    Optional<Review> lastReviewed(Due due, String title, LocalDate today) {
        return db.selectFrom(REVIEWED).where(REVIEWED.TENANT_ID.eq(TenantScope.required().value()),
                        REVIEWED.DOCUMENT_ID.eq(due.policy().value()))
                .orderBy(REVIEWED.REVIEWED_AT.desc()).limit(1)
                .fetchOptional(row -> new Review(due.policy(), title, due.periodMonths(), due.dueOn(), due.dueOn().isBefore(today),
                        row.getReviewedBy(), row.getReviewedAt(), row.getNote()));
    }
}
