package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A place in the waiting list of a full surgery date, as the person waiting and the host see it.
 *
 * @param position       1 for the first in line, while waiting or offered; 0 once off the list
 * @param offerExpiresAt until when a freed place is held for them, while it is offered
 * @param placeFree      whether a place is free to whoever on the list claims it first, as happens in the last
 *                       two hours before the start
 */
public record WaitingEntry(WaitingId id, Occurrence occurrence, String name, String email, String groupName, int places,
                           int position, WaitingStatus status, @Nullable Instant offerExpiresAt, boolean placeFree) {
}
