package org.sharewell.surgeries;

import java.util.List;

/**
 * How booking a surgery works, as its host set it.
 *
 * @param needsApproval whether each booking is a request the host approves; it holds its places meanwhile
 * @param holdHours     how long a request holds its places before it expires, if the host has not decided
 * @param cutOffHours   how long before the start a booking can still be changed or cancelled by its link
 * @param offerHours    how long a freed place is offered to the first on the waiting list (never past two
 *                      hours before the start)
 * @param reminderHours how many hours before the start the booked are reminded, such as 48 and 2
 */
public record BookingTerms(boolean needsApproval, int holdHours, int cutOffHours, int offerHours,
                           List<Integer> reminderHours) {

    public BookingTerms {
        reminderHours = List.copyOf(reminderHours);
    }

    /** No approval, requests held two days, changes until a day before, offers for two days, reminders two days and two hours before. */
    public static BookingTerms usual() {
        return new BookingTerms(false, 48, 24, 48, List.of(48, 2));
    }
}
