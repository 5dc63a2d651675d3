package org.sharewell.timetable.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.timetable.Backoff;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TimetableRulesTests {

    @Test
    void aProblemIsTheFirstLineOfTheMessage() {
        var failure = new IllegalStateException("The licence could not be read.\n\tat org.sharewell.Something");
        assertThat(TimetableRules.problemOf(failure)).isEqualTo("The licence could not be read.");
    }

    @Test
    void aFailureWithoutAMessageStillSaysSomethingPlain() {
        assertThat(TimetableRules.problemOf(new NullPointerException())).doesNotContain("Exception")
                .startsWith("The work stopped with a problem");
    }

    @Test
    void aLongProblemIsCutToFitItsColumn() {
        assertThat(TimetableRules.problemOf(new RuntimeException("x".repeat(2_000)))).hasSize(TimetableRules.LONGEST_PROBLEM);
    }

    @Test
    void theStandardPauseDoublesFromThirtySecondsToAnHour() {
        assertThat(Backoff.STANDARD.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.STANDARD.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.STANDARD.after(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.STANDARD.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.STANDARD.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aJobCannotMakeItsPauseNegative() {
        assertThat(TimetableRules.checkedPause(Duration.ofSeconds(-5))).isEqualTo(Duration.ZERO);
    }
}
