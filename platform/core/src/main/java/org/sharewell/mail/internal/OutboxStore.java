package org.sharewell.mail.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.mail.Email;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.mail.tables.records.OutboxRecord;

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
@Transactional(propagation = Propagation.MANDATORY)
class OutboxStore {

    private final DSLContext db;

    OutboxStore(DSLContext db) {
        this.db = db;
    }

    /** Adds the email, due at once, and returns its id. */
    UUID insert(TenantId tenant, Email email, String domain, Instant now) {
        UUID id = UUID.randomUUID();
        db.insertInto(OUTBOX)
                .set(OUTBOX.TENANT_ID, tenant.value())
                .set(OUTBOX.ID, id)
                .set(OUTBOX.RECIPIENT, email.to().strip())
                .set(OUTBOX.SUBJECT, email.subject().strip())
                .set(OUTBOX.BODY, email.text())
                .set(OUTBOX.HTML_BODY, email.html())
                .set(OUTBOX.ATTACHMENT_NAME, email.attachment() == null ? null : email.attachment().filename())
                .set(OUTBOX.ATTACHMENT_TYPE, email.attachment() == null ? null : email.attachment().contentType())
                .set(OUTBOX.ATTACHMENT, email.attachment() == null ? null : email.attachment().content())
                .set(OUTBOX.MESSAGE_ID, "<" + id + "@" + domain + ">")
                .set(OUTBOX.QUEUED_AT, now)
                .set(OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
        return id;
    }

    List<QueuedEmail> recent(int offset, int limit) {
        return db.selectFrom(OUTBOX).orderBy(OUTBOX.QUEUED_AT.desc(), OUTBOX.ID.desc())
                .offset(offset).limit(limit).fetch(OutboxStore::toQueuedEmail);
    }

    int count() {
        return db.fetchCount(OUTBOX);
    }

    List<QueuedEmail> to(String address) {
        return db.selectFrom(OUTBOX).where(addressedTo(address))
                .orderBy(OUTBOX.QUEUED_AT.desc(), OUTBOX.ID.desc()).fetch(OutboxStore::toQueuedEmail);
    }

    /** The ids of the email to the address that is still to be sent. */
    List<UUID> unsentTo(String address) {
        return db.select(OUTBOX.ID).from(OUTBOX).where(addressedTo(address), OUTBOX.SENT_AT.isNull()).fetch(OUTBOX.ID);
    }

    /** Deletes every email to the address, sent or not; how many. */
    int deleteTo(String address) {
        return db.deleteFrom(OUTBOX).where(addressedTo(address)).execute();
    }

    /** Deletes the email that a mail server accepted before the given time. */
    int deleteSentBefore(Instant cutoff) {
        return db.deleteFrom(OUTBOX).where(OUTBOX.SENT_AT.lt(cutoff)).execute();
    }

    /** When the oldest email still kept was accepted by a mail server, if any was. */
    Optional<Instant> oldestSent() {
        return db.select(DSL.min(OUTBOX.SENT_AT)).from(OUTBOX).where(OUTBOX.SENT_AT.isNotNull())
                .fetchOptional(row -> row.value1());
    }

    /**
     * Locks the email if it is still unsent, until the caller's transaction ends. Waits for a lock
     * someone else holds (an erasure, say) rather than skipping it: the email must then be looked at
     * again, not taken for gone.
     */
    Optional<OutgoingEmail> lockUnsent(UUID id) {
        return db.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id), OUTBOX.SENT_AT.isNull()).forUpdate()
                .fetchOptional(row -> new OutgoingEmail(row.getId(), row.getRecipient(), row.getSubject(),
                        row.getBody(), row.getHtmlBody(), attachment(row), row.getMessageId(), row.getAttempts()));
    }

    void markSent(UUID id, int attempts, Instant sentAt) {
        db.update(OUTBOX)
                .set(OUTBOX.SENT_AT, sentAt)
                .set(OUTBOX.ATTEMPTS, attempts)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.SENT_AT.isNull()))
                .execute();
    }

    void markFailed(UUID id, int attempts, String problem, Instant nextAttemptAt) {
        db.update(OUTBOX)
                .set(OUTBOX.ATTEMPTS, attempts)
                .set(OUTBOX.LAST_PROBLEM, problem)
                .set(OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.SENT_AT.isNull()))
                .execute();
    }

    /** Matches the {@code outbox_recipient} index: addresses are compared without regard to case. */
    private static Condition addressedTo(String address) {
        return DSL.lower(OUTBOX.RECIPIENT).eq(address.strip().toLowerCase(Locale.ROOT));
    }

    private static QueuedEmail toQueuedEmail(OutboxRecord row) {
        return new QueuedEmail(new Email(row.getRecipient(), row.getSubject(), row.getBody(), row.getHtmlBody(), attachment(row)),
                row.getQueuedAt(),
                row.getSentAt(), row.getAttempts(), row.getLastProblem());
    }

    private static org.sharewell.mail.@org.jspecify.annotations.Nullable Attachment attachment(OutboxRecord row) {
        return row.getAttachmentName() == null ? null
                : new org.sharewell.mail.Attachment(row.getAttachmentName(), row.getAttachmentType(), row.getAttachment());
    }
}
