package org.sharewell.web.internal;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A value the database refuses after validation let it through is the caller's mistake (4xx), not a 500. */
class DatabaseRefusalsTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aValueTheDatabaseCannotHoldIsABadRequestThatSaysNothingOfTheDatabase() {
        ProblemDetail problem = advice.database(refusal("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).doesNotContain("UTF8", "0x00", "SQL");
        assertThat(advice.database(refusal("date/time field value out of range", "22008")).getStatus()).isEqualTo(400);
        assertThat(advice.database(refusal("new row violates check constraint", "23514")).getStatus()).isEqualTo(400);
    }

    @Test
    void aDuplicateTheDatabaseRefusesIsAConflict() {
        assertThat(advice.database(refusal("duplicate key value violates unique constraint", "23505")).getStatus())
                .isEqualTo(409);
    }

    @Test
    void anyOtherDatabaseFailureIsStillOurs() {
        assertThat(advice.database(refusal("could not serialize access", "40001")).getStatus()).isEqualTo(500);
    }

    private static DataIntegrityViolationException refusal(String message, String state) {
        // As the JDBC driver reports it: the SQL state is what tells one refusal from another.
        return new DataIntegrityViolationException("jOOQ; " + message, new SQLException(message, state));
    }
}
