package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sharewell.gateway.GatewayClient.Reply;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class ResponseHeadersTest extends GatewayTest {

    @Test
    void addsSecurityHeadersOnceEachAndKeepsTheBackendsContentSecurityPolicy() {
        Reply reply = stranger().get(apex(), "/", Map.of());

        assertThat(reply.header("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(reply.header("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(reply.header("X-Frame-Options")).containsExactly("DENY");
        assertThat(reply.header("Permissions-Policy")).containsExactly("camera=(), microphone=(), geolocation=()");
        assertThat(reply.header("Content-Security-Policy")).containsExactly("default-src 'self'");
        assertThat(reply.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void addsSecurityHeadersToTheGatewaysOwnAnswers() {
        Reply reply = stranger().get("-.localhost", "/", Map.of());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(reply.header("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void requiresHttpsOnlyWhenTheClientUsedIt() {
        var https = Map.of("X-Forwarded-Proto", "https");

        assertThat(trustedProxy().get(apex(), "/", https).header("Strict-Transport-Security"))
                .containsExactly("max-age=31536000; includeSubDomains");
        assertThat(stranger().get(apex(), "/", https).header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void givesEachRequestAnIdThatTheBackendAndTheClientBothSee() {
        Reply reply = stranger().get(apex(), "/", Map.of());

        assertThat(reply.header("X-Request-Id")).hasSize(1);
        String id = reply.headers().get("X-Request-Id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(reply.echo().header("X-Request-Id")).containsExactly(id);
        assertThat(stranger().get(apex(), "/", Map.of()).headers().get("X-Request-Id")).isNotEqualTo(id);
    }

    @Test
    void keepsARequestIdOnlyFromATrustedProxyAndOnlyIfItIsWellFormed() {
        var offered = Map.of("X-Request-Id", "edge-0123456789");

        assertThat(trustedProxy().get(apex(), "/", offered).headers().get("X-Request-Id")).isEqualTo("edge-0123456789");
        Reply fromStranger = stranger().get(apex(), "/", offered);
        assertThat(fromStranger.headers().get("X-Request-Id")).isNotEqualTo("edge-0123456789");
        assertThat(fromStranger.echo().header("X-Request-Id")).doesNotContain("edge-0123456789");
        assertThat(trustedProxy().get(apex(), "/", Map.of("X-Request-Id", "short")).headers().get("X-Request-Id"))
                .isNotEqualTo("short");
    }

    @Test
    void logsOneAccessLineWithTheRequestId(CapturedOutput output) {
        Reply reply = stranger().get(apex(), "/access-logged?token=secret", Map.of());
        String id = reply.headers().get("X-Request-Id");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[" + id + "] .*AccessLog\\s*: GET /access-logged 200 \\d+ ms"));
        assertThat(output.getOut()).doesNotContain("secret");
    }
}
