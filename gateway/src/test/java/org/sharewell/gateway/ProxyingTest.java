package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.GatewayClient.Reply;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyingTest extends GatewayTest {

    @Test
    void forwardsHttpRequestsAndReturnsTheBackendsStatusAndBody() {
        Reply reply = trustedProxy().send("PUT", apex(), "/status/201?colour=green", Map.of());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.echo().method()).isEqualTo("PUT");
        assertThat(reply.echo().path()).isEqualTo("/status/201?colour=green");
    }

    @Test
    void relaysWebSocketMessagesBothWays() {
        assertThat(trustedProxy().exchangeOverWebSocket(apex(), "/VAADIN/push", "hello"))
                .isEqualTo("hello for no tenant");
        assertThat(trustedProxy().exchangeOverWebSocket("acme.localhost", "/VAADIN/push", "hello"))
                .isEqualTo("hello for acme");
        assertThat(stranger().exchangeOverWebSocket(apex(), "/t/st-marys/VAADIN/push", "hello"))
                .isEqualTo("hello for st-marys");
    }

    @Test
    void tellsTheBackendHowTheClientAddressedTheGateway() {
        var echo = stranger().get("acme.localhost:" + port, "/", Map.of()).echo();

        assertThat(echo.header("X-Forwarded-For")).containsExactly("127.0.0.2");
        assertThat(echo.header("X-Forwarded-Proto")).containsExactly("http");
        assertThat(echo.header("X-Forwarded-Host")).containsExactly("acme.localhost:" + port);
        assertThat(echo.header("X-Forwarded-Port")).containsExactly(String.valueOf(port));
        assertThat(echo.header("X-Forwarded-Prefix")).isEmpty();
    }

    @Test
    void believesForwardingHeadersFromATrustedProxy() {
        var echo = trustedProxy().get(apex(), "/", Map.of(
                "X-Forwarded-For", "10.9.8.7, 203.0.113.9",
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "acme.sharewell.example",
                "X-Forwarded-Prefix", "/edge/")).echo();

        // 10.9.8.7 was written by the client at 203.0.113.9 and cannot be believed.
        assertThat(echo.header("X-Forwarded-For")).containsExactly("203.0.113.9, 127.0.0.1");
        assertThat(echo.header("X-Forwarded-Proto")).containsExactly("https");
        assertThat(echo.header("X-Forwarded-Host")).containsExactly("acme.sharewell.example");
        assertThat(echo.header("X-Forwarded-Port")).containsExactly("443");
        assertThat(echo.header("X-Forwarded-Prefix")).containsExactly("/edge");
    }

    @Test
    void ignoresForwardingHeadersFromAStranger() {
        var echo = stranger().get(apex(), "/", Map.of(
                "X-Forwarded-For", "203.0.113.9",
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Prefix", "/evil",
                "Forwarded", "for=203.0.113.9;proto=https")).echo();

        assertThat(echo.header("X-Forwarded-For")).containsExactly("127.0.0.2");
        assertThat(echo.header("X-Forwarded-Proto")).containsExactly("http");
        assertThat(echo.header("X-Forwarded-Host")).containsExactly(apex());
        assertThat(echo.header("X-Forwarded-Prefix")).isEmpty();
        assertThat(echo.header("Forwarded")).isEmpty();
    }
}
