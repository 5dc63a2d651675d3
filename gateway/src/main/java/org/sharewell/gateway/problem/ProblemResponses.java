package org.sharewell.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) with the fields {@code type},
 * {@code title}, {@code status} and {@code detail}. The type is {@code about:blank}: the status says it all,
 * and the detail tells a person what to do, never how the gateway works inside.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /**
     * Completes the exchange with a problem response. Headers already set on the response, such as
     * {@code Retry-After}, are kept.
     *
     * @param detail one or two plain-English sentences for the person who made the request
     */
    public Mono<Void> send(ServerWebExchange exchange, HttpStatus status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(new Problem("about:blank", status.getReasonPhrase(), status.value(), detail));
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private record Problem(String type, String title, int status, String detail) {
    }
}
