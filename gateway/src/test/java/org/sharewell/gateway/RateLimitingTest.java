package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.GatewayClient.Reply;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test configuration allows two POSTs to /login or /api/v1/tokens per client per hour. */
class RateLimitingTest extends GatewayTest {

    @Test
    void refusesAClientOverTheLimitWithProblemDetailsAndRetryAfter() {
        var client = Map.of("X-Forwarded-For", "198.51.100.1");
        assertThat(trustedProxy().send("POST", apex(), "/login", client).status()).isEqualTo(200);
        assertThat(trustedProxy().send("POST", apex(), "/api/v1/tokens", client).status()).isEqualTo(200);

        Reply refused = trustedProxy().send("POST", apex(), "/login", client);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.headers().get("Retry-After"))).isBetween(1, 1800);
        assertThat(refused.header("Content-Type")).containsExactly("application/problem+json");
        var problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString())
                .matches("You have made too many requests\\. Please wait \\d+ (seconds|minutes) and try again\\.");
        assertThat(refused.header("X-Request-Id")).hasSize(1);
        assertThat(refused.header("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void countsEachClientOnItsOwn() {
        var first = Map.of("X-Forwarded-For", "198.51.100.2");
        var second = Map.of("X-Forwarded-For", "198.51.100.3");
        for (int i = 0; i < 3; i++) {
            trustedProxy().send("POST", apex(), "/login", first);
        }
        assertThat(trustedProxy().send("POST", apex(), "/login", first).status()).isEqualTo(429);

        assertThat(trustedProxy().send("POST", apex(), "/login", second).status()).isEqualTo(200);
    }

    @Test
    void leavesOtherPathsAndMethodsAlone() {
        var client = Map.of("X-Forwarded-For", "198.51.100.4");
        for (int i = 0; i < 3; i++) {
            trustedProxy().send("POST", apex(), "/api/v1/tokens", client);
        }

        assertThat(trustedProxy().send("POST", apex(), "/api/v1/posts", client).status()).isEqualTo(200);
        assertThat(trustedProxy().send("GET", apex(), "/login", client).status()).isEqualTo(200);
    }

    @Test
    void matchesRulesOnThePathLeftAfterTheTenantPrefix() {
        var client = Map.of("X-Forwarded-For", "198.51.100.5");
        assertThat(trustedProxy().send("POST", apex(), "/t/acme/login", client).status()).isEqualTo(200);
        assertThat(trustedProxy().send("POST", "acme.localhost", "/login", client).status()).isEqualTo(200);

        assertThat(trustedProxy().send("POST", apex(), "/t/other/login", client).status()).isEqualTo(429);
    }

    @Test
    void countsAStrangerByItsConnectionNotByTheAddressItClaims() {
        for (int i = 0; i < 2; i++) {
            var claimed = Map.of("X-Forwarded-For", "192.0.2." + i);
            assertThat(stranger().send("POST", apex(), "/login", claimed).status()).isEqualTo(200);
        }

        assertThat(stranger().send("POST", apex(), "/login", Map.of("X-Forwarded-For", "192.0.2.99")).status())
                .isEqualTo(429);
    }
}
