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

/** Refuses, with a 400 problem, an address spelled in a way {@link PathRules} does not accept, before any rule sees it. */
@Component
class CleanPathFilter implements WebFilter, Ordered {

    private final ProblemResponses problems;

    CleanPathFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
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
