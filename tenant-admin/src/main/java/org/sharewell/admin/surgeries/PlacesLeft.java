package org.sharewell.admin.surgeries;

import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.Surgery;

/** How the surgery pages write a date, its places and where it is, the same on every page. */
final class PlacesLeft {

    private PlacesLeft() {
    }

    /** "4 of 6 places left", "Full", or "Cancelled". */
    static String of(Occurrence occurrence) {
        if (occurrence.status() == OccurrenceStatus.CANCELLED) {
            return "Cancelled";
        }
        return occurrence.placesLeft() == 0 ? "Full: join the waiting list"
                : occurrence.placesLeft() + " of " + occurrence.places() + (occurrence.places() == 1 ? " place" : " places") + " left";
    }

    /** "1 December 2026, 10:00 to 12:00". */
    static String when(Occurrence occurrence) {
        return UkTime.dateAndTime(occurrence.startsAt()) + " to " + UkTime.inUk(occurrence.endsAt()).toLocalTime();
    }

    static String where(Surgery surgery) {
        return surgery.venue() != null ? surgery.venue() + ", " + surgery.postcode() : "Online";
    }
}
