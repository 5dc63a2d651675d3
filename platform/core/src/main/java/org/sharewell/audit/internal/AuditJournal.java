package org.sharewell.audit.internal;

import org.jooq.DSLContext;
import org.sharewell.audit.AuditRecord;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

import static sharewell.db.audit.Tables.ENTRY;

/** Appends entries to the audit log of the tenant in scope. The only code that writes to it. */
@Component
class AuditJournal {

    private final DSLContext db;
    private final Clock clock;

    AuditJournal(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Appends one entry, stamped with the platform clock (UK time).
     *
     * <p>REQUIRED, not MANDATORY: inside a transaction (the normal case) the entry joins it, so it
     * commits or rolls back with the change it describes; an event published outside any transaction
     * is still recorded, in a transaction of its own bound to the tenant in scope. MANDATORY would
     * lose that second case to an exception.
     *
     * <p>A joined transaction keeps the tenant it was bound to when it began. If that is not the
     * tenant in scope here, row-level security refuses the insert and the whole transaction fails:
     * an event can never write into another tenant's log.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void append(AuditRecord record) {
        db.insertInto(ENTRY)
                .set(ENTRY.TENANT_ID, TenantScope.required().value())
                .set(ENTRY.ID, UUID.randomUUID())
                .set(ENTRY.OCCURRED_AT, clock.instant())
                .set(ENTRY.ACTOR_ACCOUNT_ID, record.actor().accountId())
                .set(ENTRY.ACTOR_NAME, record.actor().name())
                .set(ENTRY.AREA, record.area())
                .set(ENTRY.ACTION, record.action())
                .set(ENTRY.SUBJECT, record.subject())
                .set(ENTRY.BEFORE_TEXT, record.before())
                .set(ENTRY.AFTER_TEXT, record.after())
                .execute();
    }
}
