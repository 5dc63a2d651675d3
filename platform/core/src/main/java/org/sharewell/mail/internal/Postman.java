package org.sharewell.mail.internal;

import jakarta.mail.internet.MimeMessage;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import sharewell.db.mail.tables.records.OutboxRecord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the email in the outbox. Every {@code sharewell.mail.poll-interval} it makes a round of the
 * tenants and sends each one's due email over SMTP.
 *
 * <p>Delivery guarantee:
 * <ul>
 *   <li>Each email is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} in a transaction of its
 *       own, sent, and marked sent in that same transaction, which holds the row lock throughout.
 *       Another platform instance skips a locked row, so instances never send the same email at the
 *       same time, and an email marked sent is never claimed again.</li>
 *   <li>The one way an email goes twice: the platform (or its database connection) dies after the
 *       mail server accepted the email and before the transaction commits. The row is then still
 *       unsent and is sent again, with the same Message-ID, so receiving systems can spot the repeat.
 *       One email per transaction keeps that window to a single email.</li>
 *   <li>No email is given up on: after a failure the attempt is counted, the problem recorded in
 *       plain English and the next attempt scheduled after a pause that doubles up to
 *       {@code sharewell.mail.retry.longest-pause}, and stays there for as long as it takes.</li>
 *   <li>A failure never holds up the rest: a failed email is rescheduled and the round moves on; a
 *       tenant whose round fails (say, the database was briefly away) is logged and skipped until the
 *       next round ({@link Tenants#visitEach}).</li>
 * </ul>
 *
 * <p>Row-level security hides every tenant's email unless that tenant is bound to the transaction,
 * so the postman binds each tenant from the registry explicitly, never whatever happens to be in scope.
 */
@Component
class Postman {

    /** So that one tenant's backlog cannot hold up every other tenant's email for long. */
    static final int MOST_PER_TENANT_PER_ROUND = 50;

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    private final Tenants tenants;
    private final JooqOutbox outbox;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transaction;
    private final MailSettings settings;
    private final Clock clock;
    private volatile boolean closing;

    Postman(Tenants tenants, JooqOutbox outbox, JavaMailSender mailSender, TransactionTemplate transaction,
            MailSettings settings, Clock clock) {
        this.tenants = tenants;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round: every tenant's email that is due by the time the round starts. */
    void deliverDueMail() {
        Instant dueBy = clock.instant();
        tenants.visitEach("send the email", tenant -> deliverDueMailOf(tenant, dueBy));
    }

    /** Stops a round in progress from starting on another tenant while the platform shuts down. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
    }

    private void deliverDueMailOf(TenantId tenant, Instant dueBy) {
        int delivered = 0;
        while (delivered < MOST_PER_TENANT_PER_ROUND && !closing && deliverNext(tenant, dueBy)) {
            delivered++;
        }
    }

    /** Claims, sends and records one due email in one transaction; false when none is due. */
    private boolean deliverNext(TenantId tenant, Instant dueBy) {
        return Boolean.TRUE.equals(transaction.execute(status -> outbox.claimNextDue(dueBy).map(email -> {
            deliver(tenant, email);
            return true;
        }).orElse(false)));
    }

    private void deliver(TenantId tenant, OutboxRecord email) {
        Optional<String> problem = send(email);
        int attempts = email.getAttempts() + 1;
        if (problem.isEmpty()) {
            outbox.markSent(email.getId(), attempts, clock.instant());
            return;
        }
        Instant next = clock.instant().plus(settings.retry().pauseAfter(attempts));
        outbox.markFailed(email.getId(), attempts, problem.get(), next);
        log.warn("Email {} of tenant {} not sent (attempt {}): {} Next attempt at {}.",
                email.getMessageId(), tenant, attempts, problem.get(), next);
    }

    /** Hands the email to the mail server; the problem, if it was not accepted. */
    private Optional<String> send(OutboxRecord email) {
        try {
            mailSender.send(message -> write(email, message));
            return Optional.empty();
        } catch (RuntimeException failure) {
            log.debug("Sending email {} failed", email.getMessageId(), failure);
            return Optional.of(DeliveryProblem.describe(failure));
        }
    }

    private void write(OutboxRecord email, MimeMessage message) throws jakarta.mail.MessagingException {
        var letter = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        letter.setFrom(settings.sender());
        letter.setTo(email.getRecipient());
        letter.setSubject(email.getSubject());
        letter.setText(email.getBody(), false);
        // Kept by Spring's sender instead of a new one per attempt: a repeat is recognisable as one.
        message.setHeader("Message-ID", email.getMessageId());
        // RFC 3834: out-of-office replies and other auto-responders should not answer.
        message.setHeader("Auto-Submitted", "auto-generated");
    }
}
