package org.sharewell.policies.internal;

import org.sharewell.kernel.SecretTokens;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Reminds one person to read the version they were asked to, with a new link, and puts the next
 * reminder on the timetable; nothing once they have read it, or once a newer version is asked of them.
 */
@Component
class AcknowledgementReminderJob implements TimedJob {

    static final JobName NAME = JobName.of("policies.acknowledgement-reminder");

    private final AcknowledgementStore acknowledgements;
    private final PolicyEmails emails;
    private final Timetable timetable;
    private final Clock clock;

    AcknowledgementReminderJob(AcknowledgementStore acknowledgements, PolicyEmails emails, Timetable timetable, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.emails = emails;
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    /** Puts the first reminder on the timetable, in the transaction that asks the person. */
    void first(UUID acknowledgement, Instant askedAt, java.time.LocalDate dueOn) {
        AcknowledgementRules.nextReminder(askedAt, dueOn, askedAt).ifPresent(at -> timetable.schedule(NAME, acknowledgement, at));
    }

    @Override
    public void run(UUID acknowledgement) {
        var asked = acknowledgements.find(acknowledgement).orElse(null);
        if (asked == null || asked.acknowledgedAt() != null || asked.email() == null
                || acknowledgements.newestAsked(asked.policy()).orElse(0) > asked.version()) {
            return;
        }
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        Instant expires = AcknowledgementRules.linkExpiresAt(asked.dueOn());
        acknowledgements.reminded(asked.id(), SecretTokens.hash(token), expires);
        emails.reminder(asked.email(), asked.name(), asked.title(), asked.version(), asked.dueOn(), token, expires);
        AcknowledgementRules.nextReminder(asked.askedAt(), asked.dueOn(), now)
                .ifPresent(at -> timetable.schedule(NAME, asked.id(), at));
    }
}
