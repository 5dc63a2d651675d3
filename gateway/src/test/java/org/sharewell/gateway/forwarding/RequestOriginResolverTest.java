package org.sharewell.gateway.forwarding;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOriginResolverTest {

    private final RequestOriginResolver resolver = new RequestOriginResolver(
            new TrustedProxies(List.of("10.0.0.0/8")));

    private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
        return MockServerHttpRequest.get("http://acme.localhost:8080/x")
                .remoteAddress(new InetSocketAddress(InetAddress.ofLiteral(peer), 40000));
    }

    @Test
    void describesADirectClientFromTheConnectionAlone() {
        RequestOrigin origin = resolver.resolve(from("203.0.113.5")
                .header("X-Forwarded-For", "10.1.1.1").header("X-Forwarded-Proto", "https").build());

        assertThat(origin.client()).isEqualTo(InetAddress.ofLiteral("203.0.113.5"));
        assertThat(origin.fromTrustedProxy()).isFalse();
        assertThat(origin.forwardedFor()).containsExactly("203.0.113.5");
        assertThat(origin.scheme()).isEqualTo("http");
        assertThat(origin.hostWithPort()).isEqualTo("acme.localhost:8080");
        assertThat(origin.port()).isEqualTo(8080);
    }

    @Test
    void takesTheNearestUntrustedAddressBehindTrustedProxies() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2")
                .header("X-Forwarded-For", "1.2.3.4, 198.51.100.8:5123")
                .header("X-Forwarded-For", "10.0.0.9").build());

        assertThat(origin.client()).isEqualTo(InetAddress.ofLiteral("198.51.100.8"));
        assertThat(origin.forwardedFor()).containsExactly("198.51.100.8", "10.0.0.9", "10.0.0.2");
    }

    @Test
    void fallsBackToTheLastGoodAddressWhenTheChainIsGarbled() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2").header("X-Forwarded-For", "unknown").build());

        assertThat(origin.client()).isEqualTo(InetAddress.ofLiteral("10.0.0.2"));
        assertThat(origin.forwardedFor()).containsExactly("10.0.0.2");
    }

    @Test
    void readsIpv6AddressesInBrackets() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2").header("X-Forwarded-For", "[2001:db8::1]:443").build());

        assertThat(origin.client()).isEqualTo(InetAddress.ofLiteral("2001:db8::1"));
    }

    @Test
    void takesSchemeHostPortAndPrefixFromATrustedProxy() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2")
                .header("X-Forwarded-Proto", "HTTPS")
                .header("X-Forwarded-Host", "Acme.Sharewell.Example")
                .header("X-Forwarded-Prefix", "/edge/").build());

        assertThat(origin.secure()).isTrue();
        assertThat(origin.host()).isEqualTo("acme.sharewell.example");
        assertThat(origin.port()).isEqualTo(443);
        assertThat(origin.hostWithPort()).isEqualTo("acme.sharewell.example");
        assertThat(origin.forwardedPrefix()).isEqualTo("/edge");
    }

    @Test
    void ignoresMalformedForwardingHeadersFromATrustedProxy() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2")
                .header("X-Forwarded-Proto", "gopher")
                .header("X-Forwarded-Host", "evil.example/path")
                .header("X-Forwarded-Port", "99999")
                .header("X-Forwarded-Prefix", "no-slash").build());

        assertThat(origin.scheme()).isEqualTo("http");
        assertThat(origin.host()).isEqualTo("acme.localhost");
        assertThat(origin.port()).isEqualTo(8080);
        assertThat(origin.forwardedPrefix()).isEmpty();
    }

    @Test
    void prefersTheForwardedPortToThePortInTheForwardedHost() {
        RequestOrigin origin = resolver.resolve(from("10.0.0.2")
                .header("X-Forwarded-Host", "acme.sharewell.example:8443")
                .header("X-Forwarded-Port", "9443").build());

        assertThat(origin.port()).isEqualTo(9443);
        assertThat(origin.hostWithPort()).isEqualTo("acme.sharewell.example:9443");
    }
}
