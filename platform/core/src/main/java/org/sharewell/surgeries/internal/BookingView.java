package org.sharewell.surgeries.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.GroupKind;
import org.sharewell.surgeries.HelpWanted;
import org.sharewell.surgeries.Need;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A booking as the REST API shows it: to its booker (by their link) and to the host, never to other bookers. */
record BookingView(UUID id, OccurrenceView occurrence, String name, String email, String groupName, GroupKind groupKind,
                   Set<Need> needs, String needNote, HelpWanted help, int places, BookingStatus status, Instant bookedAt,
                   Instant changeableUntil, @Nullable Instant cancelledAt, @Nullable Instant holdExpiresAt) {

    static BookingView of(Booking booking) {
        return new BookingView(booking.id().value(), OccurrenceView.of(booking.occurrence()), booking.name(), booking.email(),
                booking.groupName(), booking.groupKind(), booking.needs(), booking.needNote(), booking.help(), booking.places(),
                booking.status(), booking.bookedAt(), booking.changeableUntil(), booking.cancelledAt(), booking.holdExpiresAt());
    }
}
