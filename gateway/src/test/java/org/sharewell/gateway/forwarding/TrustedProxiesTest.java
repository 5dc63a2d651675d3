package org.sharewell.gateway.forwarding;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

    @Test
    void trustsAddressesInsideTheRangesAndNoOthers() {
        assertThat(proxies.includes(InetAddress.ofLiteral("10.200.3.4"))).isTrue();
        assertThat(proxies.includes(InetAddress.ofLiteral("192.0.2.7"))).isTrue();
        assertThat(proxies.includes(InetAddress.ofLiteral("2001:db8:1::5"))).isTrue();

        assertThat(proxies.includes(InetAddress.ofLiteral("11.0.0.1"))).isFalse();
        assertThat(proxies.includes(InetAddress.ofLiteral("192.0.2.8"))).isFalse();
        assertThat(proxies.includes(InetAddress.ofLiteral("2001:db9::1"))).isFalse();
    }

    @Test
    void trustsNobodyWhenEmpty() {
        assertThat(new TrustedProxies(List.of()).includes(InetAddress.getLoopbackAddress())).isFalse();
    }

    @Test
    void refusesHostNamesAndMalformedRanges() {
        for (String entry : List.of("proxy.internal", "10.0.0.0/33", "10.0.0.0/8/8", "::1/129", "10.0.0.0/x")) {
            assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of(entry)))
                    .withMessageContaining(entry);
        }
    }

    @Test
    void refusesToTrustEveryone() {
        for (String entry : List.of("0.0.0.0/0", "::/0")) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new TrustedProxies(List.of("10.0.0.7", entry)).refuseUnsafeFor("localhost"))
                    .withMessageContaining("/0 trusts every client");
        }
    }

    @Test
    void refusesToTrustLoopbackOutsideDevelopment() {
        for (String entry : List.of("127.0.0.0/8", "127.0.0.1", "::1", "::1/128")) {
            var loopback = new TrustedProxies(List.of(entry));
            assertThatIllegalArgumentException().isThrownBy(() -> loopback.refuseUnsafeFor("sharewell.example"))
                    .withMessageContaining("only in development");
            loopback.refuseUnsafeFor("localhost");
        }
    }

    @Test
    void acceptsTheLoadBalancersAddressesAnywhere() {
        proxies.refuseUnsafeFor("sharewell.example");
        new TrustedProxies(List.of()).refuseUnsafeFor("sharewell.example");
    }
}
