package org.sharewell.gateway.securityheaders;

import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.forwarding.RequestOrigin;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Sets {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin},
 * {@code X-Frame-Options: DENY}, a {@code Permissions-Policy} denying camera, microphone and geolocation, and,
 * when the client used HTTPS, {@code Strict-Transport-Security} for a year including tenant sub-domains.
 *
 * <p>Each header replaces the platform's value of the same name rather than being added beside it, so a
 * response never carries two copies. {@code Content-Security-Policy} is not touched.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean secure = RequestOrigin.of(exchange).secure();
        // Just before sending, the platform's headers have been copied in and can be replaced.
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Permissions-Policy", PERMISSIONS_POLICY);
            if (secure) {
                headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }
}
