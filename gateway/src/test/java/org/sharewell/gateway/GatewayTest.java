package org.sharewell.gateway;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole gateway on a random port in front of an {@link EchoBackend}. All of them
 * share one application context. Only 127.0.0.1 is a trusted proxy, and {@code login} is limited to two POSTs
 * an hour, so each rate-limit test uses client addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sharewell.gateway.trusted-proxies=127.0.0.1/32",
        "sharewell.gateway.other-hosts=127.0.0.1,acme.sharewell.example",
        "sharewell.gateway.rate-limit.rules[0].name=login",
        "sharewell.gateway.rate-limit.rules[0].methods=POST",
        "sharewell.gateway.rate-limit.rules[0].paths=/login,/api/v1/tokens",
        "sharewell.gateway.rate-limit.rules[0].capacity=2",
        "sharewell.gateway.rate-limit.rules[0].refill-period=1h",
})
public abstract class GatewayTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("sharewell.gateway.backend-uri", () -> EchoBackend.shared().uri());
    }

    protected GatewayClient trustedProxy() {
        return GatewayClient.trustedProxy(port);
    }

    protected GatewayClient stranger() {
        return GatewayClient.stranger(port);
    }

    /** The apex host, as a browser would send it. */
    protected String apex() {
        return "localhost:" + port;
    }
}
