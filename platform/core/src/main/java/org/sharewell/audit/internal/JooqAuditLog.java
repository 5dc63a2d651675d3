package org.sharewell.audit.internal;

import org.sharewell.kernel.Roles;

import org.jooq.DSLContext;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditEntry;
import org.sharewell.audit.AuditFilter;
import org.sharewell.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.audit.tables.records.EntryRecord;

import java.io.Writer;
import java.util.List;
import java.util.Objects;

import static sharewell.db.audit.Tables.ENTRY;

/**
 * Reads the audit log of the tenant in scope.
 *
 * <p>{@link #READERS} is the one place that says who may read the log: every way in (the REST API,
 * the CSV export, the admin screen) goes through this class.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(JooqAuditLog.READERS)
class JooqAuditLog implements AuditLog {

    /** Tenant admins only, for now; the people module will add coordinators and champions here. */
    static final String READERS = Roles.ADMINS;

    /** Rows fetched per round trip while exporting, so a long log is streamed rather than held in memory. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final DSLContext db;

    JooqAuditLog(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        if (offset < 0 || limit < 1 || limit > MAXIMUM_LIMIT) {
            throw new IllegalArgumentException("Offset must be 0 or more and limit 1 to " + MAXIMUM_LIMIT
                    + ", not " + offset + " and " + limit);
        }
        return db.selectFrom(ENTRY).where(EntryConditions.matching(filter))
                .orderBy(ENTRY.OCCURRED_AT.desc(), ENTRY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(JooqAuditLog::toEntry);
    }

    @Override
    @Transactional
    public int forget(String name, String email, java.util.UUID accountId) {
        return db.select(sharewell.db.audit.Routines.forget(name, email, accountId)).fetchSingle().value1();
    }

    @Override
    public int count(AuditFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.fetchCount(ENTRY, EntryConditions.matching(filter));
    }

    @Override
    public void exportCsv(AuditFilter filter, Writer out) {
        Objects.requireNonNull(filter, "filter");
        try (var rows = db.selectFrom(ENTRY).where(EntryConditions.matching(filter))
                .orderBy(ENTRY.OCCURRED_AT.desc(), ENTRY.ID.desc())
                .fetchSize(EXPORT_FETCH_SIZE)
                .fetchStream()) {
            AuditCsv.write(rows.map(JooqAuditLog::toEntry), out);
        }
    }

    private static AuditEntry toEntry(EntryRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(),
                new Actor(row.getActorAccountId(), row.getActorName()), row.getArea(),
                row.getAction(), row.getSubject(), row.getBeforeText(), row.getAfterText());
    }
}
