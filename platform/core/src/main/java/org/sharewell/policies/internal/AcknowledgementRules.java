package org.sharewell.policies.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.Acknowledgements;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** When a policy must be read by, when people are reminded, how long a link works; pure. */
final class AcknowledgementRules {

    static final Set<PersonKind> DEFAULT_READERS = Set.of(PersonKind.STAFF, PersonKind.TRUSTEE, PersonKind.VOLUNTEER);
    static final Duration BETWEEN_REMINDERS = Duration.ofDays(3);
    static final int LAST_REMINDER_DAYS_BEFORE = 2;
    /** A link works until a month after the due date: people read late, and a late acknowledgement still counts. */
    static final int LINK_DAYS_AFTER_DUE = 30;

    private AcknowledgementRules() {
    }

    static LocalDate dueOn(LocalDate today) {
        return today.plusDays(Acknowledgements.DAYS_TO_READ);
    }

    static Instant linkExpiresAt(LocalDate dueOn) {
        return UkTime.startOf(dueOn.plusDays(LINK_DAYS_AFTER_DUE + 1));
    }

    /**
     * The next reminder after {@code now}: every 3 days from when they were asked, while before the due
     * date, and once at 9 in the morning 2 days before it; none from the due date on.
     */
    static Optional<Instant> nextReminder(Instant askedAt, LocalDate dueOn, Instant now) {
        Instant due = UkTime.startOf(dueOn);
        Instant lastCall = UkTime.startOf(dueOn.minusDays(LAST_REMINDER_DAYS_BEFORE)).plus(Duration.ofHours(9));
        Instant next = null;
        for (Instant at = askedAt.plus(BETWEEN_REMINDERS); at.isBefore(due); at = at.plus(BETWEEN_REMINDERS)) {
            if (at.isAfter(now)) {
                next = at;
                break;
            }
        }
        boolean lastCallOwed = lastCall.isAfter(now) && lastCall.isAfter(askedAt) && lastCall.isBefore(due);
        if (lastCallOwed && (next == null || lastCall.isBefore(next))) {
            // Within a day of a regular reminder, the last call is that reminder: one email, not two.
            if (next == null || Duration.between(lastCall, next).compareTo(Duration.ofDays(1)) > 0) {
                return Optional.of(lastCall);
            }
        }
        return Optional.ofNullable(next);
    }

    static Set<PersonKind> readers(Set<PersonKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw InvalidInput.of("kinds", "Choose at least one kind of person the policy applies to.");
        }
        return Set.copyOf(kinds);
    }
}
