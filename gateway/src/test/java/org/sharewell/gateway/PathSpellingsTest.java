package org.sharewell.gateway;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rate limit cannot be walked round by spelling its path differently: every spelling the platform
 * would read as the limited path is refused at the edge, before the limit or the platform sees it.
 */
class PathSpellingsTest extends GatewayTest {

    static final List<String> OTHER_SPELLINGS = List.of("//api/v1/tokens", "/api/v1//tokens", "/api//v1/tokens",
            "/./api/v1/tokens", "/api/v1/./tokens", "/api/v1/x/../tokens", "/api/%2e/v1/tokens", "/api%2Fv1/tokens",
            "/api/v1/tokens%00", "//login", "/./login", "/t/acme//login", "/t/acme/./api/v1/tokens");

    @Test
    void everyOtherSpellingOfALimitedPathIsRefusedWithProblemDetails() {
        var client = Map.of("X-Forwarded-For", "198.51.100.40");
        for (String path : OTHER_SPELLINGS) {
            var refused = trustedProxy().send("POST", apex(), path, client);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(path).containsExactly("application/problem+json");
            assertThat(refused.json().get("detail").asString()).as(path).startsWith("This address is not one Sharewell uses.");
        }
    }

    @Test
    void theLimitStillHoldsAfterEveryOtherSpellingWasTried() {
        var client = Map.of("X-Forwarded-For", "198.51.100.41");
        assertThat(trustedProxy().send("POST", apex(), "/api/v1/tokens", client).status()).isEqualTo(200);
        assertThat(trustedProxy().send("POST", apex(), "/api/v1/tokens", client).status()).isEqualTo(200);
        assertThat(trustedProxy().send("POST", apex(), "/api/v1/tokens", client).status()).isEqualTo(429);
        for (String path : OTHER_SPELLINGS) {
            assertThat(trustedProxy().send("POST", apex(), path, client).status()).as(path).isIn(400, 429);
        }
    }

    @Test
    void aNulInTheQueryIsRefusedAtTheEdge() {
        assertThat(trustedProxy().get(apex(), "/api/v1/people?name=%00", Map.of()).status()).isEqualTo(400);
        assertThat(trustedProxy().get(apex(), "/api/v1/people?name=Ann", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void anAddressLongerThanAnySharewellUsesIsAProblemNotABareStatus() {
        var refused = trustedProxy().get(apex(), "/api/v1/people?name=" + "a".repeat(5000), Map.of());

        assertThat(refused.status()).isEqualTo(414);
        assertThat(refused.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(refused.json().get("detail").asString()).startsWith("This address is longer than any Sharewell uses.");
        // Netty reads lines of up to 64 KiB, so it is the check above, not Netty, that refuses long ones.
        assertThat(trustedProxy().get(apex(), "/api/v1/people?name=" + "a".repeat(3000), Map.of()).status())
                .isEqualTo(200);
    }
}
