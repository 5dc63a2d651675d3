package org.sharewell.gateway.requestid;

import org.sharewell.gateway.FilterOrder;
import org.sharewell.gateway.forwarding.RequestOrigin;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sets {@value #HEADER} on the forwarded request and on the response. The id is a new random UUID, unless a
 * trusted proxy already assigned one of 8 to 64 letters, digits and hyphens: then that one is kept, so the same
 * id runs through every hop. Ids from anyone else are replaced, so a client cannot inject text into our logs.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    /** The header carrying the request id, in both directions. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key under which log lines about a request carry its id; the log pattern shows it. */
    public static final String MDC_KEY = "requestId";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9-]{8,64}$");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = RequestOrigin.of(exchange).fromTrustedProxy() && offered != null
                && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set just before the response is sent, so it replaces any id the platform returned rather than
        // sitting beside it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        ServerWebExchange identified = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, id)))
                .build();
        return chain.filter(identified);
    }

    /** @return the id this filter gave the exchange, or {@code -} if it has not run */
    public static String idOf(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, "-");
    }

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_ID;
    }
}
