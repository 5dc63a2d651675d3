package org.sharewell.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person within their organisation. */
public record PersonId(UUID value) implements Serializable {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
