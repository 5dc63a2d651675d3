package org.sharewell.tenancy;

import java.util.Objects;
import java.util.UUID;

/** Identifies one tenant: a CVS or a local group. */
public record TenantId(UUID value) implements java.io.Serializable {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
