package org.sharewell.surgeries;

import java.util.List;

/**
 * Booking a place at a surgery without an account, from the host's public page. Needs no role: only
 * the public surgeries of the organisation bound to the transaction (the address the request came to).
 * Places are taken by PostgreSQL in one guarded change, so an occurrence is never overbooked, however
 * many book at once. The booker is emailed a link of their own (kept only as a hash) to see or cancel
 * the booking until the host's cut-off before the start.
 */
public interface SurgeryBookings {

    /** The host's public occurrences still to come, soonest first, with the places left in each. */
    List<Occurrence> upcoming();

    /**
     * One of the host's public surgeries: where it is, what it offers, its access notes.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public surgery
     */
    Surgery surgery(SurgeryId surgery);

    /**
     * One of the host's public dates, with the places left.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public date
     */
    Occurrence occurrence(OccurrenceId occurrence);

    /**
     * A token for a booking form shown now, to send back with it ({@link NewBooking#proof}): a form sent
     * back sooner than a person could fill it in, or long after, is taken for a machine's.
     */
    String formToken();

    /**
     * Books places at one occurrence. A form sent twice (the same request key) makes one booking, and
     * the second answer is the first booking. Where the host approves bookings, it is a request that
     * holds its places until the host decides or the hold ends. Publishes {@link SurgeriesEvent.PlacesBooked}.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public occurrence
     * @throws org.sharewell.kernel.InvalidInput field by field, and kindly, for a group that is not a
     *         voluntary or community group; and for a form sent by a machine ({@link NewBooking#proof})
     * @throws org.sharewell.kernel.Conflict if it is cancelled, has started, or has too few places left
     *         (then the waiting list is open to join)
     */
    Booking book(OccurrenceId occurrence, NewBooking booking);

    /**
     * Books the same places at every occurrence of the surgery still to come, all or none: if one
     * has too few places left, nothing is booked. Publishes {@link SurgeriesEvent.PlacesBooked} for each.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public surgery, or none of it is to come
     * @throws org.sharewell.kernel.InvalidInput as for {@link #book}
     * @throws org.sharewell.kernel.Conflict naming the first occurrence with too few places left
     */
    List<Booking> bookSeries(SurgeryId surgery, NewBooking booking);

    /**
     * What a booker's emailed link shows.
     *
     * @throws org.sharewell.kernel.NotFound for a link that is forged, expired or already used to
     *         cancel: the same answer for each
     */
    Booking byLink(String token);

    /**
     * The booking's calendar entry (iCalendar, RFC 5545), for the link in its confirmation email.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}
     */
    String calendar(String token);

    /**
     * A public date's calendar entry, with nobody's booking in it: what a cancellation email links to.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public date
     */
    String calendar(OccurrenceId occurrence);

    /**
     * Changes the number of places of the booking from its emailed link: more if they are free, fewer
     * freeing the rest for the waiting list. Publishes {@link SurgeriesEvent.PlacesChanged}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}; nothing changes
     * @throws org.sharewell.kernel.InvalidInput for other than 1 or 2 places
     * @throws org.sharewell.kernel.Conflict if too few places are left for more
     */
    Booking changePlaces(String token, int places);

    /**
     * The host's calendar feed (iCalendar, RFC 5545) of its public surgery dates from a month ago on,
     * cancelled ones included and marked so, for a calendar program to subscribe to.
     */
    String feed();

    /**
     * Cancels the booking, or the request, from its emailed link, freeing its places for the waiting
     * list; the link then stops working.
     * Publishes {@link SurgeriesEvent.BookingCancelled}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}; nothing changes
     */
    Booking cancelByLink(String token);
}
