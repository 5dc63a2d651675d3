package org.sharewell.publishing.internal;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.Adoption;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.DocumentId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static sharewell.db.publishing.Tables.UPSTREAM_DECISION;

/** What the bound organisation decided about each upstream amendment: only ever added. */
@Component
class DecisionStore {

    private final DSLContext db;

    DecisionStore(DSLContext db) {
        this.db = db;
    }

    /** The declined amendments of a document (another organisation's, where row-level security lets us see them). */
    List<Adoption.Declined> declined(DocumentRef document) {
        return db.selectFrom(UPSTREAM_DECISION)
                .where(UPSTREAM_DECISION.TENANT_ID.eq(document.publisher().value()),
                        UPSTREAM_DECISION.DOCUMENT_ID.eq(document.id().value()),
                        UPSTREAM_DECISION.DECISION.eq(Decision.DECLINED))
                .orderBy(UPSTREAM_DECISION.UPSTREAM_VERSION, UPSTREAM_DECISION.CHANGE_NUMBER)
                .fetch(row -> new Adoption.Declined(row.getUpstreamVersion(), row.getChangeNumber(), row.getUpstreamText(),
                        row.getReason(), row.getDecidedBy(), row.getDecidedAt()));
    }

    void insert(DocumentId document, int upstreamVersion, int amendment, Decision decision, String upstreamText,
                @Nullable String reason, String by, Instant now) {
        db.insertInto(UPSTREAM_DECISION)
                .set(UPSTREAM_DECISION.TENANT_ID, TenantScope.required().value())
                .set(UPSTREAM_DECISION.DOCUMENT_ID, document.value())
                .set(UPSTREAM_DECISION.UPSTREAM_VERSION, upstreamVersion)
                .set(UPSTREAM_DECISION.CHANGE_NUMBER, amendment)
                .set(UPSTREAM_DECISION.DECISION, decision)
                .set(UPSTREAM_DECISION.UPSTREAM_TEXT, upstreamText)
                .set(UPSTREAM_DECISION.REASON, reason)
                .set(UPSTREAM_DECISION.DECIDED_BY, by)
                .set(UPSTREAM_DECISION.DECIDED_AT, now)
                .execute();
    }
}
