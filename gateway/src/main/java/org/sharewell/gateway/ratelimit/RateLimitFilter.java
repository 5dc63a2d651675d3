package org.sharewell.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.forwarding.RequestOrigin;
import org.sharewell.gateway.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts each request matching a rule against its client's bucket. When the bucket is empty the request gets
 * 429 Too Many Requests as problem details, with {@code Retry-After} in seconds, and is not forwarded.
 *
 * <p>If the bucket store fails or is slow, the request is let through: a Redis outage should cost us the limits
 * for a while, not the whole service.
 */
class RateLimitFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(1);

    private final RateLimitPolicy policy;
    private final RateLimitBuckets buckets;
    private final ProblemResponses problems;

    RateLimitFilter(RateLimitPolicy policy, RateLimitBuckets buckets, ProblemResponses problems) {
        this.policy = policy;
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return policy.ruleFor(exchange.getRequest()).map(rule -> {
            ClientKey client = ClientKey.of(RequestOrigin.of(exchange).client());
            return Mono.fromFuture(() -> buckets.tryConsume(rule, client))
                    .timeout(STORE_TIMEOUT)
                    .onErrorResume(failure -> {
                        log.warn("Rate limit '{}' not applied: the bucket store failed: {}", rule.name(), failure.toString());
                        return Mono.just(ConsumptionProbe.consumed(0, 0));
                    })
                    .flatMap(probe -> probe.isConsumed() ? chain.filter(exchange) : refuse(exchange, probe));
        }).orElseGet(() -> chain.filter(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)
                / TimeUnit.SECONDS.toNanos(1));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return problems.send(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "You have made too many requests. Please wait " + inWords(seconds) + " and try again.");
    }

    static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }
}
