package org.sharewell.mail.internal;

import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Deletes an organisation's sent email once it is older than {@code sharewell.mail.keep-sent-for}:
 * an email holds its recipient's address and often their name, and is no use to anyone once it has
 * long been delivered. Unsent email is never deleted here, however old: it is still owed to someone.
 *
 * <p>The entry {@code mail.delete-sent} has the organisation's own id as its subject: one per
 * organisation, made due by {@link SendEmailJob} for when its first email still kept comes of age.
 * Each run makes it due again for the next one, so an organisation with no old sent email costs nothing.
 */
@Component
class SentEmailRetentionJob implements TimedJob {

    static final JobName NAME = JobName.of("mail.delete-sent");

    /**
     * The soonest a run is followed by the next: a busy organisation's old email then goes in hourly
     * batches rather than one run per email. A period counted in days does not mind an hour.
     */
    static final Duration LEAST_GAP = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(SentEmailRetentionJob.class);

    private final OutboxStore outbox;
    private final Timetable timetable;
    private final MailSettings settings;
    private final Clock clock;

    SentEmailRetentionJob(OutboxStore outbox, Timetable timetable, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.timetable = timetable;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    /** Deletes the bound organisation's (the subject's) sent email that is past keeping. */
    @Override
    public void run(UUID organisation) {
        Instant now = clock.instant();
        int deleted = outbox.deleteSentBefore(now.minus(settings.keepSentFor()));
        if (deleted > 0) {
            log.info("Deleted {} sent emails of tenant {} older than {}", deleted, TenantScope.required(),
                    settings.keepSentFor());
        }
        outbox.oldestSent().ifPresent(oldest -> {
            Instant due = oldest.plus(settings.keepSentFor());
            Instant soonest = now.plus(LEAST_GAP);
            timetable.schedule(NAME, organisation, due.isBefore(soonest) ? soonest : due);
        });
    }
}
