package org.sharewell.gateway.problem;

import org.sharewell.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import reactor.netty.http.client.PrematureCloseException;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.Objects;

/**
 * Turns failures into problem details instead of Spring Boot's default error JSON, which would show a
 * framework-internal id and say 500 when the platform is merely unreachable. The platform refusing the
 * connection, or closing it without an answer, gives 502 Bad Gateway; an error with a status keeps it; anything else is 500.
 */
@Component
@Order(-2) // before Spring Boot's default handler
class GatewayErrorResponses implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorResponses.class);

    private final ProblemResponses problems;

    GatewayErrorResponses(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatus status = statusFor(failure);
        try (var ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, RequestIdFilter.idOf(exchange))) {
            if (status == HttpStatus.BAD_GATEWAY) {
                log.warn("The platform did not answer on its connection: {}", failure.getMessage());
            } else if (status.is5xxServerError()) {
                log.error("Request failed", failure);
            }
        }
        return problems.send(exchange, status, detailFor(status));
    }

    private static HttpStatus statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Refused, or closed without an answer: either way the platform gave none.
            if (cause instanceof ConnectException || cause instanceof PrematureCloseException) {
                return HttpStatus.BAD_GATEWAY;
            }
        }
        if (failure instanceof ResponseStatusException withStatus) {
            return Objects.requireNonNullElse(HttpStatus.resolve(withStatus.getStatusCode().value()),
                    HttpStatus.INTERNAL_SERVER_ERROR);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_GATEWAY, SERVICE_UNAVAILABLE -> "Sharewell cannot be reached just now. Please try again in a minute.";
            case GATEWAY_TIMEOUT -> "Sharewell took too long to answer. Please try again in a minute.";
            default -> status.is4xxClientError()
                    ? "This request could not be handled. Please check it and try again."
                    : "Something went wrong on our side. Please try again in a minute.";
        };
    }
}
