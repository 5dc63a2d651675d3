package org.sharewell.web.internal;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.Optional;

/**
 * Which field of a request body could not be read, and why, in words safe to send back: the
 * reading's own message names Java types, so only a {@link RefusedValue}'s is used as it stands.
 */
final class BodyFields {

    private BodyFields() {
    }

    static Optional<ProblemDetailsAdvice.FieldProblem> problemOf(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getMostSpecificCause() instanceof MismatchedInputException mismatch)
                || mismatch.getPath().isEmpty()) {
            return Optional.empty();
        }
        String message = mismatch instanceof RefusedValue ? mismatch.getOriginalMessage() : "is not of the expected type";
        return Optional.of(new ProblemDetailsAdvice.FieldProblem(path(mismatch), message));
    }

    /** {@code volunteerTerm.until}, {@code roles[2]}: the field as the API description names it. */
    private static String path(JacksonException failure) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
