package org.sharewell.gateway.tenant;

import org.jspecify.annotations.Nullable;
import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.GatewaySettings;
import org.sharewell.gateway.forwarding.ForwardedHeaders;
import org.sharewell.gateway.forwarding.RequestOrigin;
import org.sharewell.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;


/**
 * Removes any {@value #HEADER} the client sent, in any letter case, and sets it to the tenant the address names,
 * if any. A {@code /t/{slug}} prefix is removed from the forwarded path and reported in
 * {@code X-Forwarded-Prefix}. An address whose slug is not valid gets a 404 problem response.
 */
@Component
class TenantFilter implements WebFilter, Ordered {

    /** The header telling the platform which tenant's address was used. */
    static final String HEADER = "X-Sharewell-Tenant";

    private final TenantResolver resolver;
    private final ProblemResponses problems;

    TenantFilter(GatewaySettings settings, ProblemResponses problems) {
        this.resolver = new TenantResolver(settings.baseDomain());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        TenantResolution resolution = resolver.resolve(RequestOrigin.of(exchange).host(), request.getPath().value());
        return switch (resolution) {
            case TenantResolution.None() -> chain.filter(forward(exchange, null, null));
            case TenantResolution.FromHost(TenantSlug slug) -> chain.filter(forward(exchange, slug, null));
            case TenantResolution.FromPath(TenantSlug slug, String prefix, String path) -> {
                ForwardedHeaders.recordStrippedPrefix(exchange, prefix);
                yield chain.filter(forward(exchange, slug, path));
            }
            case TenantResolution.InvalidSlug() -> problems.send(exchange, HttpStatus.NOT_FOUND,
                    "There is no organisation at this address. Check the address and try again.");
        };
    }

    private static ServerWebExchange forward(ServerWebExchange exchange, @Nullable TenantSlug slug,
                                             @Nullable String path) {
        return exchange.mutate().request(builder -> {
            if (path != null) {
                builder.path(path);
            }
            builder.headers(headers -> {
                headers.remove(HEADER);
                if (slug != null) {
                    headers.set(HEADER, slug.value());
                }
            });
        }).build();
    }

    @Override
    public int getOrder() {
        return FilterOrder.TENANT;
    }
}
