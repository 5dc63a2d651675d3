package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.GatewayClient.Reply;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request naming a host that is not Sharewell's never reaches the platform, so nothing the platform writes
 * (a link in an email, a redirect) can be made to point at a stranger's site.
 */
class KnownHostsTest extends GatewayTest {

    @Test
    void refusesAStrangersHostEvenWithAnOrganisationInThePath() {
        assertMisdirected(stranger().send("POST", "evil.example", "/t/acme/api/v1/invitations", Map.of()));
        assertMisdirected(stranger().get("evil.example:" + port, "/", Map.of()));
    }

    @Test
    void refusesAStrangersHostForwardedByATrustedProxy() {
        assertMisdirected(trustedProxy().get(apex(), "/t/acme/", Map.of("X-Forwarded-Host", "evil.example")));
    }

    @Test
    void refusesAHostThatOnlyEndsInTheBaseDomainsLetters() {
        assertMisdirected(stranger().get("evillocalhost", "/", Map.of()));
    }

    @Test
    void answersTheBaseDomainItsOrganisationsAndTheConfiguredHosts() {
        assertThat(stranger().get(apex(), "/api/v1/x", Map.of()).status()).isEqualTo(200);
        assertThat(stranger().get("ACME.localhost", "/api/v1/x", Map.of()).status()).isEqualTo(200);
        assertThat(stranger().get("127.0.0.1:" + port, "/api/v1/x", Map.of()).status()).isEqualTo(200);
    }

    private static void assertMisdirected(Reply reply) {
        assertThat(reply.status()).isEqualTo(421);
        assertThat(reply.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("This is not an address of Sharewell's. Check the address and try again.");
    }
}
