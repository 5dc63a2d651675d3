package org.sharewell.surgeries.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.NewSurgery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A surgery's dates follow its repeat rule at its UK times, whatever the clocks do; what is wrong is named field by field. */
class SurgeryRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final java.time.Instant NOW = java.time.Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theFirstTuesdayOfEachMonthAtTenStaysAtTenAcrossTheChangeOfTheClocks() {
        var dates = SurgeryRules.check(surgery(LocalDate.of(2027, 1, 5), "FREQ=MONTHLY;BYDAY=1TU;COUNT=6", 6), TODAY, NOW);
        assertThat(dates).hasSize(6);
        assertThat(dates).allSatisfy(date -> {
            var local = ZonedDateTime.ofInstant(date.startsAt(), UkTime.ZONE);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(local.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
            assertThat(local.getDayOfMonth()).isLessThanOrEqualTo(7);
        });
        // 2 March is GMT, 6 April British Summer Time: the same local time is an hour apart in UTC.
        assertThat(dates.get(2).startsAt().toString()).isEqualTo("2027-03-02T10:00:00Z");
        assertThat(dates.get(3).startsAt().toString()).isEqualTo("2027-04-06T09:00:00Z");
    }

    @Test
    void aOneOffIsOneDateAndARuleStopsAtAYearOrSixtyDates() {
        assertThat(SurgeryRules.check(surgery(LocalDate.of(2026, 12, 8), null, 6), TODAY, NOW)).hasSize(1);
        assertThat(SurgeryRules.days(LocalDate.of(2026, 12, 8), "FREQ=DAILY")).hasSize(60);
        assertThat(SurgeryRules.days(LocalDate.of(2026, 12, 8), "FREQ=MONTHLY")).hasSize(13);
    }

    @Test
    void everythingWrongIsNamedBesideItsField() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> SurgeryRules.check(new NewSurgery("S", "", "Library",
                "not a postcode", "http://insecure.example", "", LocalDate.of(2026, 11, 30), LocalTime.of(12, 0),
                LocalTime.of(11, 0), null, 0, true, new org.sharewell.surgeries.BookingTerms(false, 0, 400, 337,
                java.util.List.of(1, 2, 3, 4, 5)), false), TODAY, NOW));
        assertThat(refused.problems()).containsKeys("title", "postcode", "onlineLink", "ends", "places", "cutOffHours",
                "holdHours", "offerHours", "reminderHours", "firstDay");
        var earlierToday = catchThrowableOfType(InvalidInput.class, () -> SurgeryRules.check(surgery(TODAY, null, 6), TODAY,
                java.time.Instant.parse("2026-12-01T10:30:00Z")));
        assertThat(earlierToday.problems().get("starts")).contains("has passed");
        assertThat(refused.problems().get("firstDay")).contains("has passed");

        var rule = catchThrowableOfType(InvalidInput.class, () -> SurgeryRules.check(
                surgery(LocalDate.of(2027, 1, 5), "EVERY TUESDAY", 6), TODAY, NOW));
        assertThat(rule.problems().get("repeats")).contains("RRULE");
        var hourly = catchThrowableOfType(InvalidInput.class, () -> SurgeryRules.check(
                surgery(LocalDate.of(2027, 1, 5), "FREQ=HOURLY", 6), TODAY, NOW));
        assertThat(hourly.problems().get("repeats")).contains("by the day, week, month or year");
        assertThat(SurgeryRules.postcode(" dy1  1hp ")).isEqualTo("DY1 1HP");
    }

    static NewSurgery surgery(LocalDate first, String repeats, int places) {
        return new NewSurgery("Social Media Surgery at the library", "Facebook, Instagram and websites", "Brookfield Library",
                "DY1 1HP", null, "Step-free entrance", first, LocalTime.of(10, 0), LocalTime.of(12, 0), repeats, places, true,
                org.sharewell.surgeries.BookingTerms.usual(), false);
    }
}
