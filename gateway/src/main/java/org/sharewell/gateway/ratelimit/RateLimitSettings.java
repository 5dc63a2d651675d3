package org.sharewell.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Settings under {@code sharewell.gateway.rate-limit}. Defaults live in {@code application.yaml}.
 *
 * @param enabled           whether any limit applies; benchmarks switch it off
 * @param redisUrl          {@code redis://host:port} to share buckets between gateway instances; blank keeps
 *                          them in this instance's memory
 * @param maxTrackedClients the most clients remembered per rule in memory; the least recently seen are forgotten
 * @param rules             checked in order; the first rule matching a request's method and path applies
 */
@Validated
@ConfigurationProperties("sharewell.gateway.rate-limit")
public record RateLimitSettings(
        boolean enabled,
        @Nullable String redisUrl,
        @Positive long maxTrackedClients,
        @NotNull List<@Valid @NotNull Rule> rules) {

    public RateLimitSettings {
        rules = List.copyOf(rules);
    }

    /**
     * One limit: each client may make {@code capacity} matching requests, and gets them back gradually over
     * {@code refillPeriod}.
     *
     * @param name         names the limit in Redis keys and logs, such as {@code login}
     * @param methods      HTTP methods the rule counts, such as {@code POST}; empty or absent counts every method
     * @param paths        Spring path patterns, such as {@code /api/v1/public/**}, matched against the path the
     *                     platform receives (after a {@code /t/{slug}} prefix is removed)
     * @param capacity     requests allowed in a burst
     * @param refillPeriod time to regain the whole capacity, such as {@code 5m}
     */
    public record Rule(
            @NotBlank @Pattern(regexp = "^[a-z0-9-]+$", message = "must be lower-case letters, digits and hyphens")
            String name,
            @Nullable List<@Pattern(regexp = "^[A-Za-z]+$", message = "must be an HTTP method such as POST") String> methods,
            @NotEmpty List<@Pattern(regexp = "^/.*", message = "must start with /") String> paths,
            @Positive long capacity,
            @NotNull @DurationMin(seconds = 1) Duration refillPeriod) {

        public Rule {
            methods = methods == null ? List.of() : List.copyOf(methods);
            paths = List.copyOf(paths);
        }
    }

    /** @return whether no two rules share a name, which would make them share buckets */
    @AssertTrue(message = "each rate-limit rule needs a name of its own")
    public boolean isEachRuleNamedOnce() {
        return rules.stream().map(Rule::name).distinct().count() == rules.size();
    }
}
