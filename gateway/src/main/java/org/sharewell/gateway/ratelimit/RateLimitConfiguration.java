package org.sharewell.gateway.ratelimit;

import io.lettuce.core.RedisURI;
import org.sharewell.gateway.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Switches rate limiting on unless {@code sharewell.gateway.rate-limit.enabled} is false, keeping buckets in
 * Redis when {@code sharewell.gateway.rate-limit.redis-url} is set and in memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sharewell.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RateLimitPolicy rateLimitPolicy(RateLimitSettings settings) {
        return new RateLimitPolicy(settings);
    }

    @Bean
    RateLimitBuckets rateLimitBuckets(RateLimitSettings settings, RateLimitPolicy policy) {
        String redisUrl = settings.redisUrl();
        if (StringUtils.hasText(redisUrl)) {
            RedisURI uri = RedisURI.create(redisUrl);
            log.info("Rate limits are shared through Redis at {}:{}", uri.getHost(), uri.getPort());
            return new RedisRateLimitBuckets(redisUrl);
        }
        log.info("Rate limits are kept in memory: each gateway instance counts on its own");
        return new LocalRateLimitBuckets(policy.rules(), settings.maxTrackedClients());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitPolicy policy, RateLimitBuckets buckets, ProblemResponses problems) {
        return new RateLimitFilter(policy, buckets, problems);
    }
}
