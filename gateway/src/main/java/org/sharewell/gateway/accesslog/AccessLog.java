package org.sharewell.gateway.accesslog;

import org.sharewell.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Logs {@code GET /path 200 12 ms} at INFO on the logger {@code org.sharewell.gateway.accesslog.AccessLog} when
 * a request has been answered, with the request id in the MDC key {@value RequestIdFilter#MDC_KEY} (the log pattern shows it).
 *
 * <p>It wraps the whole web handler rather than being a web filter, because errors are turned into responses
 * outside the filter chain, and a filter would log them as successes. The query string is left out: it may
 * carry tokens. A WebSocket is logged when it closes, with its lifetime as the duration.
 */
@Component
class AccessLog implements HttpHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> {
            long start = System.nanoTime();
            return handler.handle(request, response).doFinally(signal -> write(request, response, start));
        };
    }

    private static void write(ServerHttpRequest request, ServerHttpResponse response, long start) {
        if (!log.isInfoEnabled()) {
            return;
        }
        String requestId = Objects.requireNonNullElse(response.getHeaders().getFirst(RequestIdFilter.HEADER), "-");
        HttpStatusCode status = response.getStatusCode();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        try (var ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
            log.info("{} {} {} {} ms", request.getMethod(), request.getPath().value(),
                    status == null ? "-" : status.value(), millis);
        }
    }
}
