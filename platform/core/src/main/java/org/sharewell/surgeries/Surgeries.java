package org.sharewell.surgeries;

import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import java.util.List;

/**
 * The organisation's own surgeries, as their host. Creating one makes its occurrences, a date each time
 * it runs (a year ahead, and at most {@value #MOST_OCCURRENCES}), each with its own places. Reading is
 * for anyone signed in; creating, changing and seeing who booked, for champions and admins.
 */
public interface Surgeries {

    int MOST_OCCURRENCES = 60;

    /**
     * Creates a surgery and its occurrences, and puts their reminders on the timetable. Publishes
     * {@link SurgeriesEvent.SurgeryCreated}. Champions and admins.
     *
     * @throws org.sharewell.kernel.InvalidInput field by field: a title of 2 to 200 characters; a venue
     *         with a UK postcode, or an online link starting https://; an end after the start; a first
     *         start that has not passed; a repeat rule that is not an iCalendar RRULE or gives no date
     *         within a year; places from 1 to 500; hours of holds, offers and the cut-off from 0 (1 for
     *         holds and offers) to 336; at most 4 reminders, each 1 to 336 hours before
     * @throws org.sharewell.kernel.Conflict naming the clashes ({@link #clashes}) unless
     *         {@link NewSurgery#clashesSeen}; nothing is created
     */
    Surgery create(NewSurgery surgery);

    /**
     * Other public surgeries (any host's, the organisation's own included) whose times overlap a date of
     * this one, in the same postcode area or of the same umbrella body: what the host is warned of before
     * saving. Champions and admins.
     *
     * @throws org.sharewell.kernel.InvalidInput as for {@link #create}
     */
    List<Clash> clashes(NewSurgery surgery);

    /** The organisation's surgeries, by title. */
    Page<Surgery> ours(PageRequest page);

    /** @throws org.sharewell.kernel.NotFound if the organisation has no such surgery */
    Surgery find(SurgeryId surgery);

    /** @throws org.sharewell.kernel.NotFound if the organisation has no such date */
    Occurrence date(OccurrenceId occurrence);

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

    /**
     * Changes one date of a surgery: its day, UK times and places, leaving the other dates. Everyone
     * booked is emailed the change with the updated calendar entry (its SEQUENCE one higher); its
     * reminders move with it; added places go to the waiting list first. Champions and admins.
     * Publishes {@link SurgeriesEvent.DateChanged}.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such date
     * @throws org.sharewell.kernel.InvalidInput for a start that has passed, an end before the start,
     *         fewer places than are booked, or a message over 500 characters
     * @throws org.sharewell.kernel.Conflict if it is cancelled or has started
     */
    Occurrence change(OccurrenceId occurrence, DateChange change);

    /**
     * Approves a booking request: it is confirmed and the booker emailed their confirmation, with the
     * calendar entry. Champions and admins. Publishes {@link SurgeriesEvent.RequestDecided}.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such booking
     * @throws org.sharewell.kernel.Conflict if it is not a request awaiting a decision (decided, or expired)
     */
    Booking approve(BookingId booking);

    /**
     * Declines a booking request, freeing its places for the waiting list; the booker is told why.
     * Champions and admins. Publishes {@link SurgeriesEvent.RequestDecided}.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such booking
     * @throws org.sharewell.kernel.InvalidInput for a reason of fewer than 3 or more than 500 characters
     * @throws org.sharewell.kernel.Conflict as for {@link #approve}
     */
    Booking decline(BookingId booking, String reason);

    /**
     * The waiting list of a date, in line order, with those who have left it or taken a place after
     * them. Champions and admins.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such date
     */
    List<WaitingEntry> waiting(OccurrenceId occurrence);

    /**
     * A booking the host takes for someone, by phone or at the door: as {@link SurgeryBookings#book},
     * without the public form's bot protection, since a signed-in host enters it. Champions and admins.
     */
    Booking bookFor(OccurrenceId occurrence, NewBooking booking);

    /** Someone the host puts on a full date's waiting list, as {@link SurgeryWaitingList#join}. Champions and admins. */
    WaitingEntry addToWaitingList(OccurrenceId occurrence, NewBooking booking);

    /** Every booking made with this email address, newest first: a booker's personal data. Admins. */
    List<Booking> bookingsBy(String email);

    /**
     * Erases a booker's personal data: their name, email address and note give way in every booking
     * and waiting-list entry made with the address, while the places and dates stay counted. Admins. Publishes
     * {@link SurgeriesEvent.BookerErased}.
     *
     * @return how many bookings and waiting-list entries were changed
     */
    int eraseBooker(String email);
}
