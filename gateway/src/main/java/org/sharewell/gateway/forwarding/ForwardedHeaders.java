package org.sharewell.gateway.forwarding;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.util.Locale;

/**
 * Writes the {@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port} and {@code -Prefix} headers
 * the platform receives, from the request's {@link RequestOrigin}, and drops every forwarding header the request
 * arrived with, including RFC 7239 {@code Forwarded}.
 *
 * <p>Spring Cloud Gateway's own X-Forwarded filter is not used: in 5.0.3 it forwards nothing at all for
 * untrusted clients and drops the client's address behind a trusted proxy. This filter runs after it in any case
 * and replaces whatever it wrote, so {@code spring.cloud.gateway.server.webflux.trusted-proxies} must stay unset.
 */
@Component
public class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private static final String STRIPPED_PREFIX_ATTRIBUTE = ForwardedHeaders.class.getName() + ".strippedPrefix";

    /**
     * Records a path prefix the gateway removed before forwarding, for {@code X-Forwarded-Prefix}.
     *
     * @param prefix starts with {@code /} and does not end with one, such as {@code /t/acme}
     */
    public static void recordStrippedPrefix(ServerWebExchange exchange, String prefix) {
        exchange.getAttributes().put(STRIPPED_PREFIX_ATTRIBUTE, prefix);
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        RequestOrigin origin = RequestOrigin.of(exchange);
        HttpHeaders forwarded = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!isForwardingHeader(name)) {
                forwarded.addAll(name, values);
            }
        });
        forwarded.set("X-Forwarded-For", String.join(", ", origin.forwardedFor()));
        forwarded.set("X-Forwarded-Proto", origin.scheme());
        forwarded.set("X-Forwarded-Host", origin.hostWithPort());
        forwarded.set("X-Forwarded-Port", String.valueOf(origin.port()));
        String prefix = origin.forwardedPrefix() + exchange.getAttributeOrDefault(STRIPPED_PREFIX_ATTRIBUTE, "");
        if (!prefix.isEmpty()) {
            forwarded.set("X-Forwarded-Prefix", prefix);
        }
        return forwarded;
    }

    private static boolean isForwardingHeader(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return lowerCase.startsWith("x-forwarded-") || lowerCase.equals("forwarded");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
