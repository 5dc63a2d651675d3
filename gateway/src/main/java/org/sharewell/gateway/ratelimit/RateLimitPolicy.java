package org.sharewell.gateway.ratelimit;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.util.List;
import java.util.Optional;

/**
 * The configured rules, in order. A request is counted against the first rule it matches and no other, so a
 * narrow rule listed before a broad one takes those paths out of the broad one.
 */
final class RateLimitPolicy {

    private final List<RateLimitRule> rules;

    RateLimitPolicy(RateLimitSettings settings) {
        this.rules = settings.rules().stream().map(RateLimitRule::from).toList();
    }

    List<RateLimitRule> rules() {
        return rules;
    }

    Optional<RateLimitRule> ruleFor(ServerHttpRequest request) {
        return rules.stream().filter(rule -> rule.appliesTo(request)).findFirst();
    }
}
