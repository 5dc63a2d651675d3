package org.sharewell.licensing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one application for a licence to post, within its organisation. */
public record ApplicationId(UUID value) implements Serializable {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
