package org.sharewell.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends one email of the outbox over SMTP: the entry {@code mail.send} for the email's id, put on
 * the timetable when it is queued.
 *
 * <p>Delivery guarantee:
 * <ul>
 *   <li>The timetable runs the job in a transaction of its own for the email's organisation, having
 *       claimed the entry, so platform instances never send the same email at the same time. The
 *       job locks the email's row, sends it and marks it sent in that same transaction, which holds
 *       the lock throughout; an email marked sent is never sent again.</li>
 *   <li>The one way an email goes twice: the platform (or its database connection) dies after the
 *       mail server accepted the email and before the transaction commits. The email is then still
 *       unsent, and so is its entry, and it is sent again with the same Message-ID, so receiving
 *       systems can spot the repeat. One email per transaction keeps that window to a single email.</li>
 *   <li>No email is given up on: when the mail server cannot be reached or refuses it, the attempt
 *       is counted, the problem recorded in plain English ({@link DeliveryProblem}) and the job puts
 *       itself on the timetable again after {@code sharewell.mail.retry}'s pause, which doubles up to
 *       the longest pause and stays there for as long as it takes. That is a normal end of the job,
 *       not a failure, so the tenant admin sees why on the "Sent email" page.</li>
 *   <li>A failure never holds up other email: each email is an entry of its own.</li>
 * </ul>
 *
 * <p>Once sent, the organisation's sent email is due for {@link SentEmailRetentionJob} when this
 * one is {@code keep-sent-for} old, unless an earlier email made it due sooner.
 */
@Component
class SendEmailJob implements TimedJob {

    static final JobName NAME = JobName.of("mail.send");

    private static final Logger log = LoggerFactory.getLogger(SendEmailJob.class);

    private final OutboxStore outbox;
    private final Timetable timetable;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;

    SendEmailJob(OutboxStore outbox, Timetable timetable, JavaMailSender mailSender, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.timetable = timetable;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    /** Sends the email with this id, unless it has been sent or erased meanwhile. */
    @Override
    public void run(UUID email) {
        outbox.lockUnsent(email).ifPresent(this::deliver);
    }

    private void deliver(OutgoingEmail email) {
        Optional<String> problem = send(email);
        int attempts = email.attempts() + 1;
        Instant now = clock.instant();
        if (problem.isEmpty()) {
            outbox.markSent(email.id(), attempts, now);
            timetable.schedule(SentEmailRetentionJob.NAME, TenantScope.required().value(), now.plus(settings.keepSentFor()));
            return;
        }
        Instant next = now.plus(settings.retry().pauseAfter(attempts));
        outbox.markFailed(email.id(), attempts, problem.get(), next);
        timetable.schedule(NAME, email.id(), next);
        log.warn("Email {} of tenant {} not sent (attempt {}): {} Next attempt at {}.",
                email.messageId(), TenantScope.required(), attempts, problem.get(), next);
    }

    /**
     * Puts an email together once when the platform has started, and sends it nowhere. JavaMail's
     * first use loads and looks up much (the activation framework reads the mail types of every jar),
     * which would otherwise make the first email after a restart late by most of a second.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        try {
            var message = mailSender.createMimeMessage();
            write(new OutgoingEmail(UUID.randomUUID(), "prepared@" + settings.domain(), "Prepared", "Prepared.", "<p>Prepared.</p>", null,
                    "<prepared@" + settings.domain() + ">", 0), message);
            message.writeTo(OutputStream.nullOutputStream());
            mailSender.createMimeMessage().getSession().getTransport("smtp");
        } catch (MessagingException | IOException | RuntimeException e) {
            log.debug("JavaMail could not be prepared in advance; the first email will do it", e);
        }
    }

    /** Hands the email to the mail server; the problem, if it was not accepted. */
    private Optional<String> send(OutgoingEmail email) {
        try {
            mailSender.send(message -> write(email, message));
            return Optional.empty();
        } catch (RuntimeException failure) {
            log.debug("Sending email {} failed", email.messageId(), failure);
            return Optional.of(DeliveryProblem.describe(failure));
        }
    }

    private void write(OutgoingEmail email, MimeMessage message) throws MessagingException {
        // Multipart only when there is an HTML alternative or an attachment: a plain email stays a plain one.
        var letter = new MimeMessageHelper(message, email.html() != null || email.attachment() != null,
                StandardCharsets.UTF_8.name());
        letter.setFrom(settings.sender());
        letter.setTo(email.recipient());
        letter.setSubject(email.subject());
        if (email.html() == null) {
            letter.setText(email.body(), false);
        } else {
            letter.setText(email.body(), email.html());
        }
        var attachment = email.attachment();
        if (attachment != null) {
            letter.addAttachment(attachment.filename(),
                    new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
        }
        // Kept by Spring's sender instead of a new one per attempt: a repeat is recognisable as one.
        message.setHeader("Message-ID", email.messageId());
        // RFC 3834: out-of-office replies and other auto-responders should not answer.
        message.setHeader("Auto-Submitted", "auto-generated");
    }
}
