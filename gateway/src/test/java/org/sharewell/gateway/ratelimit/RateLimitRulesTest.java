package org.sharewell.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitRulesTest {

    private final RateLimitPolicy policy = new RateLimitPolicy(new RateLimitSettings(true, null, 100, List.of(
            new RateLimitSettings.Rule("login", List.of("post"), List.of("/login"), 2, Duration.ofMinutes(5)),
            new RateLimitSettings.Rule("public", null, List.of("/api/v1/public/**"), 3, Duration.ofMinutes(1)))));

    @Test
    void appliesTheFirstRuleMatchingMethodAndPath() {
        assertThat(policy.ruleFor(MockServerHttpRequest.post("/login").build()))
                .map(RateLimitRule::name).contains("login");
        assertThat(policy.ruleFor(MockServerHttpRequest.get("/api/v1/public/a/b").build()))
                .map(RateLimitRule::name).contains("public");
        assertThat(policy.ruleFor(MockServerHttpRequest.get("/login").build())).isEmpty();
        assertThat(policy.ruleFor(MockServerHttpRequest.post("/login/other").build())).isEmpty();
    }

    @Test
    void countsInMemoryAndRefusesOnceTheBucketIsEmpty() {
        var buckets = new LocalRateLimitBuckets(policy.rules(), 100);
        RateLimitRule login = policy.rules().getFirst();
        var client = new ClientKey("192.0.2.1");

        assertThat(buckets.tryConsume(login, client).join().isConsumed()).isTrue();
        assertThat(buckets.tryConsume(login, client).join().isConsumed()).isTrue();
        var refused = buckets.tryConsume(login, client).join();

        assertThat(refused.isConsumed()).isFalse();
        // Greedy refill: one token comes back after a share of the period, not the whole of it.
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill()))
                .isBetween(Duration.ofSeconds(140), Duration.ofSeconds(150));
        assertThat(buckets.tryConsume(login, new ClientKey("192.0.2.2")).join().isConsumed()).isTrue();
    }

    @Test
    void groupsIpv6ClientsByTheirSlash64() {
        assertThat(ClientKey.of(InetAddress.ofLiteral("2001:db8:1:2:aaaa::1")))
                .isEqualTo(ClientKey.of(InetAddress.ofLiteral("2001:db8:1:2:bbbb::2")))
                .isNotEqualTo(ClientKey.of(InetAddress.ofLiteral("2001:db8:1:3::1")));
        assertThat(ClientKey.of(InetAddress.ofLiteral("192.0.2.1")).value()).isEqualTo("192.0.2.1");
    }

    @Test
    void tellsPeopleHowLongToWaitInWords() {
        assertThat(RateLimitFilter.inWords(1)).isEqualTo("1 second");
        assertThat(RateLimitFilter.inWords(45)).isEqualTo("45 seconds");
        assertThat(RateLimitFilter.inWords(121)).isEqualTo("3 minutes");
    }
}
