package org.sharewell.mail.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import org.sharewell.kernel.Roles;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.mail.tables.records.OutboxRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.mail.Tables.OUTBOX;

/**
 * The outbox table. Every statement runs under row-level security for the tenant bound to the
 * transaction, so each sees and changes that tenant's email only.
 */
@Component
class JooqOutbox implements Outbox {

    private final DSLContext db;
    private final Clock clock;
    private final MailSettings settings;

    JooqOutbox(DSLContext db, Clock clock, MailSettings settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Email email) {
        TenantId tenant = TenantScope.required();
        var problems = EmailRules.problemsWith(email);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        db.insertInto(OUTBOX)
                .set(OUTBOX.TENANT_ID, tenant.value())
                .set(OUTBOX.ID, id)
                .set(OUTBOX.RECIPIENT, email.to().strip())
                .set(OUTBOX.SUBJECT, email.subject().strip())
                .set(OUTBOX.BODY, email.text())
                .set(OUTBOX.MESSAGE_ID, "<" + id + "@" + settings.domain() + ">")
                .set(OUTBOX.QUEUED_AT, now)
                .set(OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINS)
    public Page<QueuedEmail> recent(PageRequest page) {
        TenantScope.required();
        return Page.of(db.selectFrom(OUTBOX).orderBy(OUTBOX.QUEUED_AT.desc(), OUTBOX.ID.desc())
                .offset(page.offset()).limit(page.limit()).fetch(JooqOutbox::toQueuedEmail), db.fetchCount(OUTBOX), page);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINS)
    public List<QueuedEmail> emailTo(String address) {
        TenantScope.required();
        return db.selectFrom(OUTBOX).where(addressedTo(address))
                .orderBy(OUTBOX.QUEUED_AT.desc(), OUTBOX.ID.desc()).fetch(JooqOutbox::toQueuedEmail);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetEmailTo(String address) {
        TenantScope.required();
        return db.deleteFrom(OUTBOX).where(addressedTo(address)).execute();
    }

    /** Matches the {@code outbox_recipient} index: addresses are compared without regard to case. */
    private static Condition addressedTo(String address) {
        return DSL.lower(OUTBOX.RECIPIENT).eq(address.strip().toLowerCase(Locale.ROOT));
    }

    /** Deletes the current tenant's email that a mail server accepted before the given time. */
    @Transactional(propagation = Propagation.MANDATORY)
    int deleteSentBefore(Instant cutoff) {
        return db.deleteFrom(OUTBOX).where(OUTBOX.SENT_AT.lt(cutoff)).execute();
    }

    /**
     * Locks the unsent email that has waited longest among those due by the given time, skipping any
     * that another platform instance has locked. The lock lasts until the caller's transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<OutboxRecord> claimNextDue(Instant dueBy) {
        return db.selectFrom(OUTBOX)
                .where(OUTBOX.SENT_AT.isNull().and(OUTBOX.NEXT_ATTEMPT_AT.le(dueBy)))
                .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.QUEUED_AT)
                .limit(1)
                .forUpdate().skipLocked()
                .fetchOptional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markSent(UUID id, int attempts, Instant sentAt) {
        db.update(OUTBOX)
                .set(OUTBOX.SENT_AT, sentAt)
                .set(OUTBOX.ATTEMPTS, attempts)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.SENT_AT.isNull()))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markFailed(UUID id, int attempts, String problem, Instant nextAttemptAt) {
        db.update(OUTBOX)
                .set(OUTBOX.ATTEMPTS, attempts)
                .set(OUTBOX.LAST_PROBLEM, problem)
                .set(OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.SENT_AT.isNull()))
                .execute();
    }

    private static QueuedEmail toQueuedEmail(OutboxRecord row) {
        return new QueuedEmail(new Email(row.getRecipient(), row.getSubject(), row.getBody()),
                row.getQueuedAt(),
                row.getSentAt(),
                row.getAttempts(), row.getLastProblem());
    }

}
