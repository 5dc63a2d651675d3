package org.sharewell.surgeries;

/**
 * The waiting list of a full surgery date, joined without an account from the host's public page. Needs
 * no role, as {@link SurgeryBookings}. When places are freed (a cancellation, a declined or expired
 * request, fewer places booked, more places added) they go to the first in line at once, in the same
 * transaction: held for them by the same guarded change that books places, and offered by email with a
 * link valid for the host's offer window, which never runs past two hours before the start. Within those
 * last two hours a freed place is no longer held: everyone waiting is told, and the first to claim it has
 * it. An offer not claimed in time passes to the next in line; everyone is told when they move up.
 */
public interface SurgeryWaitingList {

    /**
     * Joins the waiting list of a full date. One entry per email address: joining again with the same
     * address answers the entry already there. The person is emailed their place in line and their own
     * link (kept only as a hash) to see it, claim an offer, or leave. Publishes {@link SurgeriesEvent.JoinedWaitingList}.
     *
     * @throws org.sharewell.kernel.NotFound if the host has no such public date
     * @throws org.sharewell.kernel.InvalidInput as for {@link SurgeryBookings#book}
     * @throws org.sharewell.kernel.Conflict if it is cancelled or has started, or has enough places left
     *         to book instead
     */
    WaitingEntry join(OccurrenceId occurrence, NewBooking booking);

    /**
     * What the emailed link shows: the place in line, or the offer.
     *
     * @throws org.sharewell.kernel.NotFound for a link that is forged, or no longer works because the
     *         person left the list, took a place, or the date has started: the same answer for each
     */
    WaitingEntry byLink(String token);

    /**
     * Takes the offered place, or, in the last two hours, a free place if one is left: a booking is
     * made and confirmed by email as any other. Publishes {@link SurgeriesEvent.OfferClaimed}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}
     * @throws org.sharewell.kernel.Conflict if there is no offer to claim (it passed on, or it is not
     *         their turn yet), or the free place was taken first; nothing changes
     */
    Booking claim(String token);

    /**
     * Leaves the waiting list, declining an offer if there is one: its places go to the next in line.
     * Publishes {@link SurgeriesEvent.LeftWaitingList}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}
     */
    WaitingEntry leave(String token);
}
