package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A surgery to create. Times are UK local times on each day it runs.
 *
 * @param repeats    an iCalendar RRULE, such as {@code FREQ=MONTHLY;BYDAY=1TU;COUNT=6}; null for a one-off
 * @param venue      with {@code postcode}, where it is; or null with an {@code onlineLink}
 * @param terms      how booking it works: approval, holds, cut-off, offers and reminders
 * @param clashesSeen whether the host has seen the clashes with other surgeries and goes ahead: until then,
 *                   creating it is refused with them named
 */
public record NewSurgery(String title, String offers, @Nullable String venue, @Nullable String postcode,
                         @Nullable String onlineLink, String accessibility, LocalDate firstDay, LocalTime starts,
                         LocalTime ends, @Nullable String repeats, int places, boolean open, BookingTerms terms,
                         boolean clashesSeen) {
}
