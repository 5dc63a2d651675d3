package org.sharewell.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the gateway with its default settings, apart from the backend, the port and rate limiting, which is
 * switched off as benchmarks do. Output is captured from before the application starts.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sharewell.gateway.rate-limit.enabled=false")
class StartupTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("sharewell.gateway.backend-uri", () -> EchoBackend.shared().uri());
    }

    @Test
    void announcesWhereItListensAndWhereItForwards(CapturedOutput output) {
        assertThat(output.getOut()).contains("Sharewell gateway listening on http://localhost:" + port
                + " and forwarding to " + EchoBackend.shared().uri());
    }

    @Test
    void refusesNothingWhenRateLimitingIsSwitchedOff() {
        // The default login rule allows 20 attempts.
        for (int i = 0; i < 21; i++) {
            assertThat(GatewayClient.trustedProxy(port).send("POST", "localhost", "/login", Map.of()).status())
                    .isEqualTo(200);
        }
    }
}
