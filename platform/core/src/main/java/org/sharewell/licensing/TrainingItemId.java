package org.sharewell.licensing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one piece of training an organisation requires for a licence, within its organisation. */
public record TrainingItemId(UUID value) implements Serializable {

    public TrainingItemId {
        Objects.requireNonNull(value, "value");
    }

    public static TrainingItemId random() {
        return new TrainingItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
