package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.GatewayClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway in front of a port where nothing listens, as when the platform is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableBackendTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("sharewell.gateway.backend-uri", () -> "http://127.0.0.1:" + closedPort);
    }

    @Test
    void answersBadGatewayAsProblemDetails() {
        Reply reply = GatewayClient.stranger(port).get("localhost", "/", Map.of());

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(reply.json().get("title").asString()).isEqualTo("Bad Gateway");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("Sharewell cannot be reached just now. Please try again in a minute.");
        assertThat(reply.header("X-Request-Id")).hasSize(1);
        assertThat(reply.header("X-Frame-Options")).containsExactly("DENY");
    }
}
