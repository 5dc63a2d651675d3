package org.sharewell.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A configured {@link RateLimitSettings.Rule}, parsed and ready to match requests.
 *
 * @param methods empty means every method
 */
record RateLimitRule(String name, Set<HttpMethod> methods, List<PathPattern> paths, long capacity,
                     Duration refillPeriod) {

    /** @throws org.springframework.web.util.pattern.PatternParseException if a path pattern is malformed */
    static RateLimitRule from(RateLimitSettings.Rule rule) {
        return new RateLimitRule(rule.name(),
                rule.methods().stream().map(method -> HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toUnmodifiableSet()),
                rule.paths().stream().map(PathPatternParser.defaultInstance::parse).toList(),
                rule.capacity(), rule.refillPeriod());
    }

    boolean appliesTo(ServerHttpRequest request) {
        return (methods.isEmpty() || methods.contains(request.getMethod()))
                && paths.stream().anyMatch(path -> path.matches(request.getPath().pathWithinApplication()));
    }

    /** Tokens come back one by one over the period rather than all at once at its end, so no burst at the edge. */
    Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refillPeriod).build();
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }
}
