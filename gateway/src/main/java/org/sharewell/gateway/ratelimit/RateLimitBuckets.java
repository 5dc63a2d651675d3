package org.sharewell.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

import java.util.concurrent.CompletableFuture;

/**
 * Where the token buckets live: one bucket per rule and client, created full on first use.
 */
interface RateLimitBuckets extends AutoCloseable {

    /**
     * Takes one token from the client's bucket for the rule, if one is left.
     *
     * @return completes with the outcome, or exceptionally if the store cannot be reached
     */
    CompletableFuture<ConsumptionProbe> tryConsume(RateLimitRule rule, ClientKey client);

    @Override
    default void close() {
    }
}
