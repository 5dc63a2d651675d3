package org.sharewell.audit;

import java.util.UUID;

/**
 * Who made a change: a login (by id, with their name as it was then) or Sharewell itself, for
 * changes made by scheduled jobs such as a licence expiring.
 */
public record Actor(UUID accountId, String name) {

    public static Actor sharewell() {
        return new Actor(null, "Sharewell (automatic)");
    }
}
