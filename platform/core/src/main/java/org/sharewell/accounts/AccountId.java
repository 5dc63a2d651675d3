package org.sharewell.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies one login within its tenant. */
public record AccountId(UUID value) implements java.io.Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }
}
