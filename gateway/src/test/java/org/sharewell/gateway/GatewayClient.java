package org.sharewell.gateway;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Talks to the gateway under test over real connections, from a chosen local address so that a test can be a
 * trusted proxy (127.0.0.1) or a stranger (127.0.0.2). Any Host header can be sent, since nothing needs to
 * resolve {@code acme.localhost}.
 */
public final class GatewayClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final int port;
    private final String localAddress;

    private GatewayClient(int port, String localAddress) {
        this.port = port;
        this.localAddress = localAddress;
    }

    /** A client connecting from 127.0.0.1, which the tests configure as the only trusted proxy. */
    public static GatewayClient trustedProxy(int port) {
        return new GatewayClient(port, "127.0.0.1");
    }

    /** A client connecting from 127.0.0.2, which is not trusted. */
    public static GatewayClient stranger(int port) {
        return new GatewayClient(port, "127.0.0.2");
    }

    public Reply get(String host, String path, Map<String, String> headers) {
        return send("GET", host, path, headers);
    }

    public Reply send(String method, String host, String path, Map<String, String> headers) {
        return client(host, headers)
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(method))
                .uri(path)
                .responseSingle((response, body) -> body.asString().defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), response.responseHeaders(), text)))
                .block(TIMEOUT);
    }

    /** Sends one text frame over a WebSocket and returns the first frame that comes back. */
    public String exchangeOverWebSocket(String host, String path, String message) {
        return client(host, Map.of())
                .websocket()
                .uri(path)
                .handle((in, out) -> out.sendString(Mono.just(message)).then()
                        .thenMany(in.receive().asString().take(1)))
                .next()
                .block(TIMEOUT);
    }

    private HttpClient client(String host, Map<String, String> headers) {
        return HttpClient.newConnection()
                .bindAddress(() -> new InetSocketAddress(localAddress, 0))
                .baseUrl("http://127.0.0.1:" + port)
                .headers(h -> {
                    h.set("Host", host);
                    headers.forEach(h::add);
                });
    }

    /** A response from the gateway. */
    public record Reply(int status, HttpHeaders headers, String body) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        public List<String> header(String name) {
            return headers.getAll(name);
        }

        /** What the backend received, when the gateway forwarded the request. */
        public EchoBackend.Echo echo() {
            return EchoBackend.Echo.parse(body);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
