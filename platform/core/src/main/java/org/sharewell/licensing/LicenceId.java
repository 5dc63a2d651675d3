package org.sharewell.licensing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one licence to post, within its organisation. */
public record LicenceId(UUID value) implements Serializable {

    public LicenceId {
        Objects.requireNonNull(value, "value");
    }

    public static LicenceId random() {
        return new LicenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
