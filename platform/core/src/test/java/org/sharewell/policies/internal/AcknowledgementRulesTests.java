package org.sharewell.policies.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.UkTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementRulesTests {

    @Test
    void peopleAreRemindedEveryThreeDaysAndOnceTwoDaysBeforeTheDueDateThenNoMore() {
        Instant asked = Instant.parse("2026-12-01T14:05:00Z");
        LocalDate due = AcknowledgementRules.dueOn(UkTime.dayOf(asked));
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 15));
        var reminders = new ArrayList<Instant>();
        Instant now = asked;
        for (var next = AcknowledgementRules.nextReminder(asked, due, now); next.isPresent();
             next = AcknowledgementRules.nextReminder(asked, due, now)) {
            now = next.get();
            reminders.add(now);
        }
        assertThat(reminders).containsExactly(asked.plus(Duration.ofDays(3)), asked.plus(Duration.ofDays(6)),
                asked.plus(Duration.ofDays(9)), asked.plus(Duration.ofDays(12)));
        assertThat(UkTime.dayOf(reminders.getLast())).as("the last is 2 days before the due date").isEqualTo(due.minusDays(2));
    }

    @Test
    void aShorterTimeToReadStillGetsTheLastCall() {
        Instant asked = Instant.parse("2026-12-01T14:05:00Z");
        LocalDate due = LocalDate.of(2026, 12, 5);
        Instant lastCall = Instant.parse("2026-12-03T09:00:00Z");
        assertThat(AcknowledgementRules.nextReminder(asked, due, asked)).hasValue(lastCall);
        assertThat(AcknowledgementRules.nextReminder(asked, due, lastCall)).hasValue(asked.plus(Duration.ofDays(3)));
        assertThat(AcknowledgementRules.nextReminder(asked, due, asked.plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    void aLinkWorksUntilAMonthAfterTheDueDate() {
        assertThat(AcknowledgementRules.linkExpiresAt(LocalDate.of(2026, 12, 15)))
                .isEqualTo(UkTime.startOf(LocalDate.of(2027, 1, 15)));
    }
}
