package org.sharewell.web;

import org.springframework.dao.DataAccessException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A change the database itself refused, told in plain words: the last line of defence behind each
 * module's own checks, which should have refused first. The API answers it as a 4xx problem and a
 * screen shows it beside the form, so that a value a check missed never becomes a 500 or an error page.
 * Anything else the database says is a real failure, and is not one of these.
 *
 * @param kind    what sort of refusal it is, which decides the answer's status
 * @param message what to tell the person, safe to show: it never quotes the database
 */
public record DatabaseRefusal(Kind kind, String message) {

    public enum Kind {
        /** A value too long, out of range, not valid text, or failing a check: 400. */
        NOT_VALID,
        /** Something with the same details exists: 409. */
        DUPLICATE,
        /** Row-level security refused a write to another organisation's row: 403. */
        NOT_ALLOWED
    }

    /** PostgreSQL's class of "data exception": a value too long, out of range or not valid text. */
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";
    /** "Insufficient privilege", raised when a row-level security policy refuses a write. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    public static Optional<DatabaseRefusal> of(DataAccessException failure) {
        if (!(failure.getMostSpecificCause() instanceof SQLException sql) || sql.getSQLState() == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        if (state.startsWith(DATA_EXCEPTION_CLASS) || state.equals(CHECK_VIOLATION)) {
            return Optional.of(new DatabaseRefusal(Kind.NOT_VALID, "A value could not be stored as given: it may be too "
                    + "long, out of range or not valid text. Nothing was saved."));
        }
        if (state.equals(UNIQUE_VIOLATION)) {
            return Optional.of(new DatabaseRefusal(Kind.DUPLICATE,
                    "Something with the same details already exists. Nothing was saved."));
        }
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return Optional.of(new DatabaseRefusal(Kind.NOT_ALLOWED, "That belongs to another organisation."));
        }
        return Optional.empty();
    }
}
