package org.sharewell.publishing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one document, within the organisation that publishes it. */
public record DocumentId(UUID value) implements Serializable {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
