package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * A booking, as its booker and its host see it.
 *
 * @param holdExpiresAt while it is a request awaiting the host, when it expires
 */
public record Booking(BookingId id, Occurrence occurrence, String name, String email, String groupName, GroupKind groupKind,
                      Set<Need> needs, String needNote, HelpWanted help, int places, BookingStatus status, Instant bookedAt,
                      Instant changeableUntil, @Nullable Instant cancelledAt, @Nullable Instant holdExpiresAt) {

    public Booking {
        needs = Set.copyOf(needs);
    }
}
