package org.sharewell.surgeries.internal;

import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceStatus;

import java.time.Instant;
import java.util.UUID;

/** An occurrence as the REST API shows it, with the places left ("x of y places left"). */
record OccurrenceView(UUID id, UUID surgery, String title, Instant startsAt, Instant endsAt, int places, int placesLeft,
                      OccurrenceStatus status) {

    static OccurrenceView of(Occurrence occurrence) {
        return new OccurrenceView(occurrence.id().value(), occurrence.surgery().value(), occurrence.title(),
                occurrence.startsAt(), occurrence.endsAt(), occurrence.places(), occurrence.placesLeft(), occurrence.status());
    }
}
