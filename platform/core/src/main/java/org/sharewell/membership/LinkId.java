package org.sharewell.membership;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one invitation from an umbrella body, and the link between the two it may become. */
public record LinkId(UUID value) implements Serializable {

    public LinkId {
        Objects.requireNonNull(value, "value");
    }

    public static LinkId random() {
        return new LinkId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
