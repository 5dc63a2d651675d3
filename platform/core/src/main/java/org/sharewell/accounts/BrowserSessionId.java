package org.sharewell.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies one signed-in browser session of a login. */
public record BrowserSessionId(UUID value) {

    public BrowserSessionId {
        Objects.requireNonNull(value, "value");
    }
}
