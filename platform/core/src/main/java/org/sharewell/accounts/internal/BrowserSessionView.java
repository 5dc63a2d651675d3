package org.sharewell.accounts.internal;

import org.sharewell.accounts.BrowserSession;

import java.time.Instant;
import java.util.UUID;

/**
 * @param device  the browser and system it says it is, such as "Firefox on Windows"
 * @param thisOne whether the list was asked for from this very session
 */
record BrowserSessionView(UUID id, String device, Instant signedInAt, Instant lastSeenAt, boolean thisOne) {

    static BrowserSessionView of(BrowserSession session) {
        return new BrowserSessionView(session.id().value(), session.device(), session.signedInAt(), session.lastSeenAt(),
                session.thisOne());
    }
}
