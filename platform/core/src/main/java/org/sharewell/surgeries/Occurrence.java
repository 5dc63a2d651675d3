package org.sharewell.surgeries;

import java.time.Instant;

/**
 * One date of a surgery, with its places and how many are taken.
 *
 * @param sequence how many times it has been changed since it was made, as calendars count (SEQUENCE)
 */
public record Occurrence(OccurrenceId id, SurgeryId surgery, String title, Instant startsAt, Instant endsAt, int places,
                         int taken, OccurrenceStatus status, int sequence) {

    public int placesLeft() {
        return status == OccurrenceStatus.CANCELLED ? 0 : Math.max(0, places - taken);
    }
}
