package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits as shipped in application.yaml (the other tests replace them): every way of making a new
 * organisation, signing up or joining an umbrella body through its emailed link, counts against the one
 * sign-up limit of 10 an hour, so joining is no way round it; and booking a surgery place, which needs no
 * account, is limited to 30 an hour, the booking page included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sharewell.gateway.trusted-proxies=127.0.0.1/32")
class ConfiguredLimitsTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("sharewell.gateway.backend-uri", () -> EchoBackend.shared().uri());
    }

    @Test
    void joiningAsANewOrganisationCountsAgainstTheSignUpLimit() {
        var client = Map.of("X-Forwarded-For", "203.0.113.10");
        for (int i = 0; i < 5; i++) {
            assertThat(post("/api/v1/signup", client)).isEqualTo(200);
            assertThat(post("/api/v1/public/member-invitations/token-" + i + "/organisation", client)).isEqualTo(200);
        }

        assertThat(post("/api/v1/public/member-invitations/token-x/organisation", client)).isEqualTo(429);
        assertThat(post("/api/v1/signup", client)).isEqualTo(429);
        assertThat(GatewayClient.trustedProxy(port).get("localhost", "/join/token-x", client).status()).isEqualTo(429);
    }

    @Test
    void readingOrDecliningAnInvitationIsNotASignUp() {
        var client = Map.of("X-Forwarded-For", "203.0.113.11");
        for (int i = 0; i < 10; i++) {
            post("/api/v1/signup", client);
        }

        assertThat(GatewayClient.trustedProxy(port).get("localhost", "/api/v1/public/member-invitations/token", client)
                .status()).isEqualTo(200);
        assertThat(post("/api/v1/public/member-invitations/token/decline", client)).isEqualTo(200);
    }

    @Test
    void checkingACurrentPasswordCountsAsSigningIn() {
        var client = Map.of("X-Forwarded-For", "203.0.113.12");
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/v1/tokens", client)).isEqualTo(200);
            assertThat(post("/api/v1/me/password", client)).isEqualTo(200);
        }

        assertThat(post("/api/v1/me/password", client)).isEqualTo(429);
    }

    @Test
    void askingForPasswordLinksIsLimitedAsEachSendsAnEmail() {
        var client = Map.of("X-Forwarded-For", "203.0.113.13");
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/v1/public/password-resets", client)).isEqualTo(200);
        }

        assertThat(post("/api/v1/public/password-resets", client)).isEqualTo(429);
        assertThat(GatewayClient.trustedProxy(port).get("localhost", "/forgotten-password", client).status()).isEqualTo(429);
    }

    @Test
    void bookingASurgeryPlaceWithoutAnAccountIsLimitedAsEachSendsAnEmail() {
        var client = Map.of("X-Forwarded-For", "203.0.113.14");
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/v1/public/surgery-dates/date-" + i + "/bookings", client)).isEqualTo(200);
            assertThat(post("/api/v1/public/surgery-dates/date-" + i + "/waiting-list", client)).isEqualTo(200);
            assertThat(GatewayClient.trustedProxy(port).get("localhost", "/surgeries/book/date-" + i, client).status())
                    .isEqualTo(200);
        }

        assertThat(post("/api/v1/public/surgeries/a-surgery/series-bookings", client)).isEqualTo(429);
        assertThat(GatewayClient.trustedProxy(port).get("localhost", "/api/v1/public/surgery-dates", client).status())
                .as("reading the dates is not booking").isEqualTo(200);
    }

    private int post(String path, Map<String, String> client) {
        return GatewayClient.trustedProxy(port).send("POST", "localhost", path, client).status();
    }
}
