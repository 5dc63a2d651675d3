package org.sharewell.surgeries.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.WaitingEntry;
import org.sharewell.surgeries.WaitingStatus;

import java.time.Instant;
import java.util.UUID;

/** A waiting-list entry as the REST API shows it: to the person waiting (by their link) and to the host. */
record WaitingEntryView(UUID id, OccurrenceView occurrence, String name, String email, String groupName, int places,
                        int position, WaitingStatus status, @Nullable Instant offerExpiresAt, boolean placeFree) {

    static WaitingEntryView of(WaitingEntry entry) {
        return new WaitingEntryView(entry.id().value(), OccurrenceView.of(entry.occurrence()), entry.name(), entry.email(),
                entry.groupName(), entry.places(), entry.position(), entry.status(), entry.offerExpiresAt(), entry.placeFree());
    }
}
