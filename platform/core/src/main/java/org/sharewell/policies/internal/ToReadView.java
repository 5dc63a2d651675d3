package org.sharewell.policies.internal;

import org.sharewell.policies.ToRead;

import java.time.LocalDate;
import java.util.UUID;

/** A policy the signed-in person is asked to read, as the REST API shows it. */
record ToReadView(UUID policy, UUID publisher, String title, int version, LocalDate dueOn) {

    static ToReadView of(ToRead toRead) {
        return new ToReadView(toRead.policy().id().value(), toRead.policy().publisher().value(), toRead.title(), toRead.version(),
                toRead.dueOn());
    }
}
