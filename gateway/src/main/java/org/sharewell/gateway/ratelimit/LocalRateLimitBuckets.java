package org.sharewell.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Buckets in this instance's memory, at most {@code maxTrackedClients} per rule. A bucket left alone for its
 * rule's refill period is full again, so forgetting it then loses nothing; that keeps memory bounded without
 * letting anyone escape a limit by waiting less than the period.
 */
final class LocalRateLimitBuckets implements RateLimitBuckets {

    private final Map<String, Cache<ClientKey, Bucket>> bucketsByRule;

    LocalRateLimitBuckets(List<RateLimitRule> rules, long maxTrackedClients) {
        this.bucketsByRule = rules.stream().collect(Collectors.toUnmodifiableMap(RateLimitRule::name,
                rule -> Caffeine.newBuilder()
                        .maximumSize(maxTrackedClients)
                        .expireAfterAccess(rule.refillPeriod())
                        .<ClientKey, Bucket>build()));
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(RateLimitRule rule, ClientKey client) {
        Function<ClientKey, Bucket> newBucket = key -> Bucket.builder().addLimit(rule.bandwidth()).build();
        Bucket bucket = bucketsByRule.get(rule.name()).get(client, newBucket);
        return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }
}
