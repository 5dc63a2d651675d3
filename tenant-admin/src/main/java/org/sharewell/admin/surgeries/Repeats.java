package org.sharewell.admin.surgeries;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How often a surgery runs, in words a host chooses from, each written as the iCalendar RRULE the
 * surgeries module reads. "Each month" keeps the weekday: the first Tuesday stays the first Tuesday.
 */
enum Repeats {

    ONCE("Once"),
    WEEKLY("Every week"),
    FORTNIGHTLY("Every two weeks"),
    MONTHLY("Each month, on the same weekday"),
    RULE("Another pattern, written as an iCalendar rule");

    private final String description;

    Repeats(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The rule for so many dates from the first day; null once; the host's own words for another pattern. */
    String rule(LocalDate first, int dates, String written) {
        return switch (this) {
            case ONCE -> null;
            case WEEKLY -> "FREQ=WEEKLY;COUNT=" + dates;
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2;COUNT=" + dates;
            case MONTHLY -> first == null ? "FREQ=MONTHLY;COUNT=" + dates
                    : "FREQ=MONTHLY;BYDAY=" + weekOfMonth(first) + first.getDayOfWeek().name().substring(0, 2) + ";COUNT=" + dates;
            case RULE -> written;
        };
    }

    /** "the first Tuesday of each month", for the first day chosen. */
    static String monthlyInWords(LocalDate first) {
        String[] which = {"first", "second", "third", "fourth"};
        int week = weekOfMonth(first);
        String day = first.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        return "the " + (week == -1 ? "last" : which[week - 1]) + " " + day + " of each month";
    }

    /** 1 to 4, or -1 for a fifth week, which not every month has: the last one instead. */
    private static int weekOfMonth(LocalDate day) {
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        return week == 5 ? -1 : week;
    }
}
