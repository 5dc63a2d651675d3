package org.sharewell.policies;

import org.sharewell.publishing.DocumentRef;

import java.time.LocalDate;

/** A version of a policy the signed-in person has been asked to read. */
public record ToRead(DocumentRef policy, String title, int version, LocalDate dueOn) {
}
