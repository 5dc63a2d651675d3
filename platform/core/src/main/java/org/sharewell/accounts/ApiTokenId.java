package org.sharewell.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies one API token of a login (not the token itself, which is secret). */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }
}
