package org.sharewell.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Time as people in the UK read it: days begin and end at midnight in Europe/London, whatever the
 * server's own time zone, and dates are written as 1 December 2026. Every module and page writes
 * dates through here, so one spelling serves them all.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    /** Sortable as text and read as a date and time by spreadsheet programs. */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UkTime() {
    }

    /** Today's date in the UK by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The day in the UK on which the moment falls. */
    public static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE);
    }

    /** The moment a UK day begins (midnight, or 01:00 on the rare days a clock change skips midnight). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Such as "1 December 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The UK date of the moment, such as "1 December 2026". */
    public static String date(Instant moment) {
        return DATE.format(moment.atZone(ZONE));
    }

    /** Such as "1 December 2026, 14:05", as UK clocks showed it. */
    public static String dateAndTime(Instant moment) {
        return DATE_AND_TIME.format(moment.atZone(ZONE));
    }

    /** Such as "2026-12-01 14:05:09", UK time: for files that are sorted and read by programs. */
    public static String sortable(Instant moment) {
        return SORTABLE.format(moment.atZone(ZONE));
    }

    /** The moment as it was in the UK, with the offset of that moment (GMT or BST). */
    public static ZonedDateTime inUk(Instant moment) {
        return moment.atZone(ZONE);
    }
}
