package org.sharewell.policies.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.Reviews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** When a policy is next reviewed and when its admins are told; pure. */
final class ReviewRules {

    static final int DEFAULT_MONTHS = 12;

    private ReviewRules() {
    }

    static int period(int months) {
        if (months < 1 || months > 36) {
            throw InvalidInput.of("months", "Review a policy at least every 36 months, and at most every month.");
        }
        return months;
    }

    /** A period written as the {{review_months}} answer, if it is one, else the default. */
    static int periodFrom(String answer) {
        try {
            int months = Integer.parseInt(answer == null ? "" : answer.strip());
            return months >= 1 && months <= 36 ? months : DEFAULT_MONTHS;
        } catch (NumberFormatException notANumber) {
            return DEFAULT_MONTHS;
        }
    }

    static String note(String note) {
        String value = note == null ? "" : note.strip();
        if (value.length() < 3) {
            throw InvalidInput.of("note", "Say in a few words what you checked, such as \"Read through with the trustees\".");
        }
        if (value.length() > 1000) {
            throw InvalidInput.of("note", "Use at most 1,000 characters for the note.");
        }
        return value;
    }

    /** The next notice to admins after today: at 9 in the morning 30 days before, then 7 days before; none after. */
    static Optional<Instant> nextNotice(LocalDate dueOn, LocalDate today) {
        for (int daysBefore : new int[]{Reviews.FIRST_NOTICE_DAYS, Reviews.LAST_NOTICE_DAYS}) {
            LocalDate day = dueOn.minusDays(daysBefore);
            if (day.isAfter(today)) {
                return Optional.of(UkTime.startOf(day).plus(Duration.ofHours(9)));
            }
        }
        return Optional.empty();
    }
}
