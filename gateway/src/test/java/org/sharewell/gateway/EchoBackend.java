package org.sharewell.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for the platform on a random port. Over HTTP it answers with the method, path and headers it
 * received, as {@link Echo} JSON, plus headers of its own that the gateway must replace or keep. A path
 * {@code /status/{code}} answers with that status. WebSocket text frames to {@code /VAADIN/push} come back
 * with the tenant the connection was made for appended.
 */
public final class EchoBackend {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EchoBackend SHARED = new EchoBackend();

    private final DisposableServer server;

    private EchoBackend() {
        // Loops of its own: closing a gateway context disposes Reactor Netty's global ones.
        server = HttpServer.create()
                .runOn(LoopResources.create("echo-backend", 1, true))
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes
                        .ws("/VAADIN/push", (in, out) -> {
                            String tenant = in.headers().get("X-Sharewell-Tenant", "no tenant");
                            return out.sendString(in.receive().asString().map(text -> text + " for " + tenant));
                        })
                        .route(request -> true, EchoBackend::echo))
                .bindNow();
    }

    /** The backend every test shares; it lives as long as the test JVM. */
    public static EchoBackend shared() {
        return SHARED;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.port();
    }

    /** How many times each {@code /drop-once/{key}} was asked for. */
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> ATTEMPTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How many times {@code /drop-once/{key}} reached the backend. */
    public static int attemptsAt(String key) {
        var attempts = ATTEMPTS.get(key);
        return attempts == null ? 0 : attempts.get();
    }

    private static Mono<Void> echo(HttpServerRequest request, HttpServerResponse response) {
        if (request.uri().startsWith("/drop-once/")) {
            // The first time, the connection is closed with no answer, as a platform that dropped it would.
            int attempt = ATTEMPTS.computeIfAbsent(request.uri(), key -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
            if (attempt == 1) {
                return request.receive().then(Mono.fromRunnable(() -> response.withConnection(connection -> connection.dispose())));
            }
        }
        Map<String, List<String>> headers = new TreeMap<>();
        request.requestHeaders().forEach(header -> headers
                .computeIfAbsent(header.getKey().toLowerCase(), name -> new ArrayList<>()).add(header.getValue()));
        byte[] body = JSON.writeValueAsBytes(new Echo(request.method().name(), request.uri(), headers));
        int status = request.uri().startsWith("/status/") ? Integer.parseInt(request.uri().substring(8, 11)) : 200;
        return request.receive().then(response
                .status(HttpResponseStatus.valueOf(status))
                .header("Content-Type", "application/json")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("X-Request-Id", "set-by-the-backend")
                .header("Content-Security-Policy", "default-src 'self'")
                .sendByteArray(Mono.just(body))
                .then());
    }

    /**
     * What the backend received.
     *
     * @param path    the path with its query string
     * @param headers header names in lower case
     */
    public record Echo(String method, String path, Map<String, List<String>> headers) {

        public List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of());
        }

        public static Echo parse(String json) {
            return JSON.readValue(json, Echo.class);
        }
    }
}
