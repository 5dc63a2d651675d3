package org.sharewell.kernel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class UkTimeTests {

    @Test
    void datesAreWrittenAsPeopleInTheUkWriteThem() {
        assertThat(UkTime.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
        assertThat(UkTime.dateAndTime(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("1 July 2026, 14:05");
        assertThat(UkTime.sortable(Instant.parse("2026-12-01T09:00:07Z"))).isEqualTo("2026-12-01 09:00:07");
    }

    @Test
    void todayIsTheDayInTheUkWhateverTheServersZone() {
        var justAfterMidnightInSummer = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(UkTime.today(justAfterMidnightInSummer)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 July 2026");
    }

    @Test
    void aDayStartsAtMidnightUkTimeAcrossClockChanges() {
        assertThat(UkTime.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(UkTime.startOf(LocalDate.of(2026, 3, 30))).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(UkTime.dayOf(Instant.parse("2026-10-24T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
    }
}
