package org.sharewell.timetable.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.JobName;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.timetable.Tables.DUE_WORK;
import static sharewell.db.timetable.Tables.ENTRY;

/**
 * The timetable's entries. Everything but {@link #due} runs under row-level security for the tenant
 * bound to the transaction; {@link #due} goes through the one function that sees every organisation's
 * entries, and learns only whose they are, which job and about what.
 */
@Component
class TimetableStore {

    /** The database's own clock, which decides what is due, so every instance agrees on it. */
    private static final Field<Instant> NOW = DSL.field("now()", SQLDataType.INSTANT);

    private final DSLContext db;

    TimetableStore(DSLContext db) {
        this.db = db;
    }

    /**
     * The entries of every organisation that are due, earliest first, at most the given number. Needs
     * no transaction: one statement, and the whole of what an idle platform asks of the database.
     */
    List<DueEntry> due(int most) {
        return db.selectFrom(DUE_WORK.call(most)).fetch(row -> new DueEntry(new TenantId(row.getTenantId()),
                new JobName(row.getJob()), row.getSubject()));
    }

    /** Adds the entry for the bound tenant, or moves an existing one to the given time if that is earlier. */
    @Transactional(propagation = Propagation.MANDATORY)
    void schedule(TenantId tenant, JobName job, UUID subject, Instant dueAt, Instant now) {
        db.insertInto(ENTRY)
                .set(ENTRY.TENANT_ID, tenant.value())
                .set(ENTRY.JOB, job.value())
                .set(ENTRY.SUBJECT, subject)
                .set(ENTRY.DUE_AT, dueAt)
                .set(ENTRY.SCHEDULED_AT, now)
                .onConflict(ENTRY.TENANT_ID, ENTRY.JOB, ENTRY.SUBJECT)
                .doUpdate()
                .set(ENTRY.DUE_AT, DSL.least(ENTRY.DUE_AT, DSL.excluded(ENTRY.DUE_AT)))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cancel(JobName job, UUID subject) {
        db.deleteFrom(ENTRY).where(ENTRY.JOB.eq(job.value()), ENTRY.SUBJECT.eq(subject)).execute();
    }

    /**
     * Locks the entry if it is still there and still due, skipping it if another platform instance
     * holds it. The lock lasts until the caller's transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Claim> lockIfDue(DueEntry entry) {
        return db.select(ENTRY.FAILURES, ENTRY.DUE_AT).from(ENTRY)
                .where(is(entry), ENTRY.DUE_AT.le(NOW))
                .forUpdate().skipLocked()
                .fetchOptional(row -> new Claim(row.value1(), row.value2()));
    }

    /** Takes the locked entry off the timetable: the work is being done in this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void delete(DueEntry entry) {
        db.deleteFrom(ENTRY).where(is(entry)).execute();
    }

    /** Keeps the locked entry for later, with its failures and the latest problem. */
    @Transactional(propagation = Propagation.MANDATORY)
    void putOff(DueEntry entry, int failures, String problem, Instant dueAt) {
        db.update(ENTRY)
                .set(ENTRY.FAILURES, failures)
                .set(ENTRY.LAST_PROBLEM, problem)
                .set(ENTRY.DUE_AT, dueAt)
                .where(is(entry))
                .execute();
    }

    private static Condition is(DueEntry entry) {
        // The tenant too, although row-level security allows no other: the primary key, whole.
        return ENTRY.TENANT_ID.eq(entry.tenant().value())
                .and(ENTRY.JOB.eq(entry.job().value()))
                .and(ENTRY.SUBJECT.eq(entry.subject()));
    }
}
