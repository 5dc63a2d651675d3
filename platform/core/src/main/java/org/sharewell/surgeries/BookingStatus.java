package org.sharewell.surgeries;

/** Where a booking stands. A request, and a confirmed booking, hold their places; the others do not. */
public enum BookingStatus {
    /** Awaiting the host's approval, holding its places until the host decides or the hold ends. */
    REQUESTED,
    CONFIRMED,
    /** The host said no to the request. */
    DECLINED,
    /** The host did not decide in time, so the places were freed. */
    EXPIRED,
    CANCELLED;

    public boolean holdsPlaces() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
