package org.sharewell.accounts;

import java.time.Instant;

/**
 * A browser signed in to a login: where (the browser and system it says it is), since when, and
 * when it was last used.
 *
 * @param thisOne whether it is the session the list was asked for from
 */
public record BrowserSession(BrowserSessionId id, String device, Instant signedInAt, Instant lastSeenAt,
                             boolean thisOne) {
}
