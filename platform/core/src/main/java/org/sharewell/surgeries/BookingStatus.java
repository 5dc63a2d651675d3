package org.sharewell.surgeries;

/** Where a booking stands. */
public enum BookingStatus {
    CONFIRMED, CANCELLED
}
