package org.sharewell.surgeries;

/** Where an entry of a waiting list stands. */
public enum WaitingStatus {
    /** In line for a place. */
    WAITING,
    /** Offered a freed place, held for them until the offer ends. */
    OFFERED,
    /** Took a place: they now have a booking. */
    BOOKED,
    /** Left the list, or declined an offer. */
    LEFT,
    /** Let an offer pass unclaimed, so it went to the next in line. */
    PASSED
}
