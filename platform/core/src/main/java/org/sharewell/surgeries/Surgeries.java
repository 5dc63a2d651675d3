package org.sharewell.surgeries;

import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import java.util.List;

/**
 * The organisation's own surgeries, as their host. Creating one makes its occurrences, a date each time
 * it runs (a year ahead, and at most {@value #MOST_OCCURRENCES}), each with its own places. Reading is
 * for anyone signed in; creating, and seeing who booked, for champions and admins.
 */
public interface Surgeries {

    int MOST_OCCURRENCES = 60;

    /**
     * Creates a surgery and its occurrences. Publishes {@link SurgeriesEvent.SurgeryCreated}.
     *
     * @throws org.sharewell.kernel.InvalidInput field by field: a title of 2 to 200 characters; a venue
     *         with a UK postcode, or an online link starting https://; an end after the start; a first
     *         day that has not passed; a repeat rule that is not an iCalendar RRULE or gives no date
     *         within a year; places from 1 to 500; a cut-off from 0 to 336 hours
     */
    Surgery create(NewSurgery surgery);

    /** The organisation's surgeries, by title. */
    Page<Surgery> ours(PageRequest page);

    /** @throws org.sharewell.kernel.NotFound if the organisation has no such surgery */
    Surgery find(SurgeryId surgery);

    /** Its occurrences from today on, soonest first. */
    List<Occurrence> occurrences(SurgeryId surgery);

    /**
     * Who booked an occurrence, in the order they booked. Champions and admins.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such occurrence
     */
    List<Booking> bookings(OccurrenceId occurrence);

    /**
     * Cancels one date of a surgery, leaving the others as they are. Everyone booked is emailed the
     * reason and the date's calendar entry, now marked cancelled (its SEQUENCE one higher), and the date
     * stays in the lists as cancelled. Champions and admins. Publishes {@link SurgeriesEvent.OccurrenceCancelled}.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such date
     * @throws org.sharewell.kernel.InvalidInput for a reason of fewer than 3 or more than 500 characters
     * @throws org.sharewell.kernel.Conflict if it is cancelled already or has started
     */
    Occurrence cancel(OccurrenceId occurrence, String reason);

    /** Every booking made with this email address, newest first: a booker's personal data. Admins. */
    List<Booking> bookingsBy(String email);

    /**
     * Erases a booker's personal data: their name, email address and note give way in every booking
     * made with the address, while the places and dates stay counted. Admins. Publishes
     * {@link SurgeriesEvent.BookerErased}.
     *
     * @return how many bookings were changed
     */
    int eraseBooker(String email);
}
