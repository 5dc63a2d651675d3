package org.sharewell.admin.membership;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK write them: 21 November 2026. */
final class UkDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private UkDates() {
    }

    static String format(Instant instant) {
        return DATE.format(instant);
    }
}
