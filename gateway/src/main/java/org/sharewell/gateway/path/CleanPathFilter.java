package org.sharewell.gateway.path;

import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, with a 400 problem, an address spelled in a way {@link PathRules} does not accept, before any rule sees
 * it; and an address longer than any Sharewell uses with a 414 problem. Netty reads request lines of up to 64 KiB
 * (server.netty.max-initial-line-length), so that it is this filter, not Netty's bodyless 414, that answers one
 * of over 4 KiB. The platform behind (Tomcat) allows 8 KiB for the request line and headers together.
 */
@Component
class CleanPathFilter implements WebFilter, Ordered {

    /** Longer than any address Sharewell writes, with room for a long search. */
    static final int LONGEST_ADDRESS = 4096;

    private final ProblemResponses problems;

    CleanPathFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
        int length = (uri.getRawPath() == null ? 0 : uri.getRawPath().length())
                + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (length > LONGEST_ADDRESS) {
            return problems.send(exchange, HttpStatus.URI_TOO_LONG,
                    "This address is longer than any Sharewell uses. Check it, or start again from the home page.");
        }
        if (PathRules.problemWith(uri.getRawPath() == null ? "" : uri.getRawPath(), uri.getRawQuery()).isPresent()) {
            return problems.send(exchange, HttpStatus.BAD_REQUEST,
                    "This address is not one Sharewell uses. Check it, or start again from the home page.");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.CLEAN_PATH;
    }
}
