package org.sharewell.audit.internal;

import org.jooq.DSLContext;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditEntry;
import org.sharewell.audit.AuditFilter;
import org.sharewell.audit.AuditRecord;
import org.sharewell.kernel.PageRequest;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.audit.tables.records.EntryRecord;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static sharewell.db.audit.Tables.ENTRY;

/**
 * The audit log's table, under row-level security for the tenant bound to the transaction. The only
 * code that writes to it; the application role may add rows but never change or remove them.
 */
@Component
class EntryStore {

    /** Rows fetched per round trip while exporting, so a long log is streamed rather than held in memory. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final DSLContext db;
    private final Clock clock;

    EntryStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Appends one entry to the log of the tenant in scope, stamped with the platform clock.
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

    /** The matching entries on the page, newest first; ties broken by id, so paging neither repeats nor skips. */
    List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        return db.selectFrom(ENTRY).where(EntryConditions.matching(filter))
                .orderBy(ENTRY.OCCURRED_AT.desc(), ENTRY.ID.desc())
                .offset(page.offset()).limit(page.limit())
                .fetch(EntryStore::toEntry);
    }

    int count(AuditFilter filter) {
        return db.fetchCount(ENTRY, EntryConditions.matching(filter));
    }

    /** Every matching entry, newest first, fetched a batch at a time; the caller closes the stream. */
    Stream<AuditEntry> stream(AuditFilter filter) {
        return db.selectFrom(ENTRY).where(EntryConditions.matching(filter))
                .orderBy(ENTRY.OCCURRED_AT.desc(), ENTRY.ID.desc())
                .fetchSize(EXPORT_FETCH_SIZE)
                .fetchStream()
                .map(EntryStore::toEntry);
    }

    /** Replaces an erased person's name, email and login through the one function allowed to change entries. */
    int forget(String name, String email, UUID accountId) {
        return db.select(sharewell.db.audit.Routines.forget(name, email, accountId)).fetchSingle().value1();
    }

    private static AuditEntry toEntry(EntryRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), new Actor(row.getActorAccountId(), row.getActorName()),
                row.getArea(), row.getAction(), row.getSubject(), row.getBeforeText(), row.getAfterText());
    }
}
