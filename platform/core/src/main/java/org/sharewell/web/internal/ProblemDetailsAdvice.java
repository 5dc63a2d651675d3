package org.sharewell.web.internal;

import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.web.DatabaseRefusal;
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

import java.util.List;

/**
 * Every error from the REST API as an RFC 9457 problem, in plain English. Whatever went wrong
 * inside (SQL, stack traces, class names) is logged with the request id and never sent out.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

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
        var refusal = DatabaseRefusal.of(failure);
        if (refusal.isEmpty()) {
            log.error("Database failure", failure);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                    "We could not complete that. Nothing was changed. Please try again in a moment.");
        }
        // Validation should have refused these first: the warning says which check to add.
        log.warn("The database refused what validation let through ({}): {}", refusal.get().kind(),
                failure.getMostSpecificCause().getMessage());
        return switch (refusal.get().kind()) {
            case NOT_VALID -> problem(HttpStatus.BAD_REQUEST, "Some details need correcting", refusal.get().message());
            case DUPLICATE -> problem(HttpStatus.CONFLICT, "Already in use", refusal.get().message());
            case NOT_ALLOWED -> problem(HttpStatus.FORBIDDEN, "Not allowed", refusal.get().message());
        };
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
