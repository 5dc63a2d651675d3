package org.sharewell.gateway.forwarding;

import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.GatewaySettings;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records each request's {@link RequestOrigin} before any other filter runs, so that all of them agree on
 * who the client is and which headers may be believed.
 */
@Component
class RequestOriginFilter implements WebFilter, Ordered {

    private final RequestOriginResolver resolver;

    RequestOriginFilter(GatewaySettings settings) {
        var proxies = new TrustedProxies(settings.trustedProxies());
        proxies.refuseUnsafeFor(settings.baseDomain());
        this.resolver = new RequestOriginResolver(proxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(RequestOrigin.ATTRIBUTE, resolver.resolve(exchange.getRequest()));
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_ORIGIN;
    }
}
