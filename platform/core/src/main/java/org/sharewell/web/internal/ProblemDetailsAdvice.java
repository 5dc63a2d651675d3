package org.sharewell.web.internal;

import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLException;
import java.util.List;

/**
 * Every error from the REST API as an RFC 9457 problem, in plain English. Whatever went wrong
 * inside (SQL, stack traces, class names) is logged with the request id and never sent out.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** PostgreSQL's "insufficient privilege", raised when a row-level security policy refuses a write. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** PostgreSQL's class of "data exception": a value too long, out of range or not valid text. */
    private static final String DATA_EXCEPTION_CLASS = "22";
    /** PostgreSQL's "check violation" and "unique violation". */
    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput invalid) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Some details need correcting",
                "Nothing was saved. Correct the details listed in 'errors' and try again.");
        problem.setProperty("errors", invalid.problems().entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList());
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return problem(HttpStatus.CONFLICT, "Already in use", conflict.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role in this organisation does not allow this.");
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail database(DataAccessException failure) {
        if (failure.getMostSpecificCause() instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
            log.warn("Row-level security refused a write: {}", sql.getMessage());
            return problem(HttpStatus.FORBIDDEN, "Not allowed", "That belongs to another organisation.");
        }
        if (failure.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null) {
            // Validation should have refused these first; answering 400 or 409 keeps a value it missed
            // from becoming a 500, and the warning says which check to add.
            String state = sql.getSQLState();
            if (state.startsWith(DATA_EXCEPTION_CLASS) || state.equals(CHECK_VIOLATION)) {
                log.warn("The database refused a value that validation let through ({}): {}", state, sql.getMessage());
                return problem(HttpStatus.BAD_REQUEST, "Some details need correcting",
                        "A value could not be stored as given: it may be too long, out of range or not valid text. "
                                + "Nothing was saved.");
            }
            if (state.equals(UNIQUE_VIOLATION)) {
                log.warn("The database refused a duplicate that validation let through: {}", sql.getMessage());
                return problem(HttpStatus.CONFLICT, "Already in use",
                        "Something with the same details already exists. Nothing was saved.");
            }
        }
        log.error("Database failure", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "We could not complete that. Nothing was changed. Please try again in a moment.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "We could not complete that. Please try again in a moment.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var field = BodyFields.problemOf(ex);
        if (field.isPresent()) {
            var problem = problem(HttpStatus.BAD_REQUEST, "Some details need correcting",
                    "Nothing was saved. Correct the details listed in 'errors' and try again.");
            problem.setProperty("errors", List.of(field.get()));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body must be valid JSON in the shape the API documentation describes."));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        // Spring's own details can name Java types; replace them with the plain reason phrase.
        if (body instanceof ProblemDetail detail && detail.getDetail() != null && status.is4xxClientError()) {
            var reason = HttpStatus.resolve(status.value());
            detail.setDetail(reason == null ? "The request could not be handled." : "The request could not be handled: "
                    + reason.getReasonPhrase().toLowerCase(java.util.Locale.UK) + ".");
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    record FieldProblem(String field, String message) {
    }
}
