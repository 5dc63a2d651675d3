package org.sharewell.gateway.forwarding;

import org.springframework.web.server.ServerWebExchange;

import java.net.InetAddress;
import java.util.List;

/**
 * Where a request really came from and how the client addressed it. Forwarding headers have already been
 * weighed: they count only when the connection came straight from a trusted proxy.
 *
 * @param client           the client's address: the connection's peer, or the nearest untrusted address in
 *                         {@code X-Forwarded-For} when the peer is a trusted proxy
 * @param fromTrustedProxy whether the connection came straight from a trusted proxy
 * @param forwardedFor     the addresses to forward in {@code X-Forwarded-For}: the client first, then each
 *                         trusted hop, ending with the connection's peer
 * @param scheme           {@code http} or {@code https}, as the client used it
 * @param host             the host name the client addressed, in lower case, without the port
 * @param port             the port the client addressed
 * @param forwardedPrefix  a path prefix trusted proxies in front of the gateway already removed, or empty
 */
public record RequestOrigin(
        InetAddress client,
        boolean fromTrustedProxy,
        List<String> forwardedFor,
        String scheme,
        String host,
        int port,
        String forwardedPrefix) {

    static final String ATTRIBUTE = RequestOrigin.class.getName();

    public RequestOrigin {
        forwardedFor = List.copyOf(forwardedFor);
    }

    /**
     * @return the origin {@link RequestOriginFilter} recorded for this exchange
     * @throws IllegalArgumentException if that filter has not run, which would be a wiring mistake
     */
    public static RequestOrigin of(ServerWebExchange exchange) {
        return exchange.getRequiredAttribute(ATTRIBUTE);
    }

    /** @return whether the client used HTTPS, possibly to a proxy in front of the gateway */
    public boolean secure() {
        return "https".equals(scheme);
    }

    /** @return the host as the client wrote it in the address, with the port unless it is the scheme's default */
    public String hostWithPort() {
        return port == defaultPort(scheme) ? host : host + ":" + port;
    }

    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
