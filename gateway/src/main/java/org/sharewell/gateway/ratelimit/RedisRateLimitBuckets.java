package org.sharewell.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Buckets in Redis, through Bucket4j's Lettuce proxy manager, so that every gateway instance counts against the
 * same limits. Keys start with {@code sharewell:rate-limit:} and expire once their bucket would be full again.
 *
 * <p>The connection is made at start-up, so a wrong address stops the gateway at once; if Redis fails later,
 * Lettuce reconnects and {@link RateLimitFilter} lets requests through meanwhile.
 */
final class RedisRateLimitBuckets implements RateLimitBuckets {

    // Well below the filter's own timeout, so a slow Redis surfaces as a failure rather than piling up commands.
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final AsyncProxyManager<byte[]> buckets;

    /** @throws io.lettuce.core.RedisConnectionException if Redis cannot be reached */
    RedisRateLimitBuckets(String redisUrl) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.client = RedisClient.create(uri);
        try {
            this.connection = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build()
                .asAsync();
    }

    @Override
    public CompletableFuture<ConsumptionProbe> tryConsume(RateLimitRule rule, ClientKey client) {
        // The limit itself is part of the key: after a change of capacity or period, new buckets with the new
        // limit are used straight away, and the old ones simply expire.
        String key = "sharewell:rate-limit:" + rule.name() + ":" + rule.capacity() + "/" + rule.refillPeriod()
                + ":" + client.value();
        return buckets.builder()
                .build(key.getBytes(StandardCharsets.UTF_8), () -> CompletableFuture.completedFuture(rule.configuration()))
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
