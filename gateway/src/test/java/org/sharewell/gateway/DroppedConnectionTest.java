package org.sharewell.gateway;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection the platform closed under a request costs nobody their answer: a request that changes
 * nothing is tried once more on a fresh connection; one that may have changed something is not, and
 * gets a problem answer, never a bare 500; and an answer the platform did give is never repeated.
 */
class DroppedConnectionTest extends GatewayTest {

    @Test
    void aReadIsTriedOnceMoreOnAFreshConnection() {
        String path = "/drop-once/" + UUID.randomUUID();
        var reply = trustedProxy().get(apex(), path, Map.of());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(EchoBackend.attemptsAt(path)).isEqualTo(2);
    }

    @Test
    void aChangeIsNotTriedAgainAndTheCallerIsToldPlainly() {
        String path = "/drop-once/" + UUID.randomUUID();
        var reply = trustedProxy().send("POST", apex(), path, Map.of());
        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(EchoBackend.attemptsAt(path)).isEqualTo(1);
    }

    @Test
    void theNextRequestAfterADroppedConnectionIsAnsweredNormally() {
        trustedProxy().send("POST", apex(), "/drop-once/" + UUID.randomUUID(), Map.of());
        for (int i = 0; i < 10; i++) {
            assertThat(trustedProxy().get(apex(), "/api/v1/public/tenants/brookfield", Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    void anErrorThePlatformAnsweredIsPassedOnNotRepeated() {
        assertThat(trustedProxy().get(apex(), "/status/503", Map.of()).status()).isEqualTo(503);
    }
}
