package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.sharewell.gateway.GatewayClient.Reply;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TenantRoutingTest extends GatewayTest {

    private static final Map<String, String> FORGED_TENANT = Map.of("X-Sharewell-Tenant", "evil", "x-sharewell-TENANT", "evil");

    @Test
    void sendsNoTenantForTheApexHostWhateverTheClientClaims() {
        var echo = trustedProxy().get(apex(), "/api/v1/x", FORGED_TENANT).echo();

        assertThat(echo.header("X-Sharewell-Tenant")).isEmpty();
        assertThat(echo.path()).isEqualTo("/api/v1/x");
    }

    @Test
    void takesTheTenantFromATenantHost() {
        var echo = stranger().get("acme.localhost:" + port, "/api/v1/x", FORGED_TENANT).echo();

        assertThat(echo.header("X-Sharewell-Tenant")).containsExactly("acme");
        assertThat(echo.path()).isEqualTo("/api/v1/x");
    }

    @Test
    void takesTheTenantFromAPathPrefixOnTheApexHostAndRemovesIt() {
        var echo = stranger().get(apex(), "/t/acme/api/v1/x?page=2", FORGED_TENANT).echo();

        assertThat(echo.path()).isEqualTo("/api/v1/x?page=2");
        assertThat(echo.header("X-Sharewell-Tenant")).containsExactly("acme");
        assertThat(echo.header("X-Forwarded-Prefix")).containsExactly("/t/acme");
    }

    @Test
    void forwardsABarePathPrefixAsTheTenantsHomePage() {
        var echo = stranger().get(apex(), "/t/acme", Map.of()).echo();

        assertThat(echo.path()).isEqualTo("/");
        assertThat(echo.header("X-Sharewell-Tenant")).containsExactly("acme");
    }

    @Test
    void treatsAPathPrefixOnATenantHostAsAnOrdinaryPath() {
        var echo = stranger().get("acme.localhost", "/t/other/x", Map.of()).echo();

        assertThat(echo.path()).isEqualTo("/t/other/x");
        assertThat(echo.header("X-Sharewell-Tenant")).containsExactly("acme");
        assertThat(echo.header("X-Forwarded-Prefix")).isEmpty();
    }

    @Test
    void answersAnInvalidSlugInTheHostWithNotFoundProblemDetails() {
        assertNotFoundProblem(stranger().get("-acme.localhost", "/", Map.of()));
        assertNotFoundProblem(stranger().get("a.b.localhost", "/", Map.of()));
    }

    @Test
    void answersAnInvalidSlugInThePathWithNotFoundProblemDetails() {
        assertNotFoundProblem(stranger().get(apex(), "/t/Acme_Ltd/api/v1/x", Map.of()));
        assertNotFoundProblem(stranger().get(apex(), "/t/", Map.of()));
    }

    private static void assertNotFoundProblem(Reply reply) {
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).containsExactly("application/problem+json");
        var problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo(
                "There is no organisation at this address. Check the address and try again.");
    }
}
