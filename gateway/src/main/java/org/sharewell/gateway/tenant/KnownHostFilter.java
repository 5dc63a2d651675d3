package org.sharewell.gateway.tenant;

import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.GatewaySettings;
import org.sharewell.gateway.forwarding.RequestOrigin;
import org.sharewell.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * Answers only Sharewell's own hosts: the base domain, its sub-domains and the few other hosts
 * configured. A request to any other host, which could only come from someone sending a made-up
 * Host header, is refused with a 421 problem before the platform sees it.
 */
@Component
class KnownHostFilter implements WebFilter, Ordered {

    private final String baseDomain;
    private final List<String> otherHosts;
    private final ProblemResponses problems;

    KnownHostFilter(GatewaySettings settings, ProblemResponses problems) {
        this.baseDomain = settings.baseDomain().toLowerCase(Locale.ROOT);
        this.otherHosts = settings.otherHosts();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String host = RequestOrigin.of(exchange).host();
        if (isKnown(host)) {
            return chain.filter(exchange);
        }
        return problems.send(exchange, HttpStatus.MISDIRECTED_REQUEST,
                "This is not an address of Sharewell's. Check the address and try again.");
    }

    boolean isKnown(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals(baseDomain) || lower.endsWith("." + baseDomain) || otherHosts.contains(lower)
                || otherHosts.contains("[" + lower + "]");
    }

    @Override
    public int getOrder() {
        return FilterOrder.KNOWN_HOST;
    }
}
