package org.sharewell.gateway.forwarding;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out a request's {@link RequestOrigin}. Forwarding headers are read only when the connection's peer is a
 * trusted proxy; otherwise they are whatever the client chose to send and are ignored.
 */
public final class RequestOriginResolver {

    private final TrustedProxies trustedProxies;

    public RequestOriginResolver(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** @return the origin of the request; never fails on malformed forwarding headers, which are ignored */
    public RequestOrigin resolve(ServerHttpRequest request) {
        InetAddress peer = peerOf(request);
        boolean trusted = trustedProxies.includes(peer);
        HttpHeaders headers = request.getHeaders();
        List<InetAddress> chain = chainOf(peer, trusted ? values(headers, "X-Forwarded-For") : List.of());

        String connectionScheme = request.getSslInfo() != null ? "https" : "http";
        String scheme = (trusted ? last(headers, "X-Forwarded-Proto") : Optional.<String>empty())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("http") || value.equals("https"))
                .orElse(connectionScheme);
        HostAndPort addressed = (trusted ? last(headers, "X-Forwarded-Host") : Optional.<String>empty())
                .flatMap(HostAndPort::parse)
                .or(() -> Optional.ofNullable(headers.getFirst(HttpHeaders.HOST)).flatMap(HostAndPort::parse))
                .orElseGet(() -> HostAndPort.of(request.getURI()));
        int port = (trusted ? last(headers, "X-Forwarded-Port") : Optional.<String>empty())
                .flatMap(RequestOriginResolver::port)
                .orElse(addressed.port() > 0 ? addressed.port() : RequestOrigin.defaultPort(scheme));
        String prefix = (trusted ? last(headers, "X-Forwarded-Prefix") : Optional.<String>empty())
                .filter(value -> value.startsWith("/"))
                .map(value -> value.replaceAll("/+$", ""))
                .orElse("");
        return new RequestOrigin(chain.getFirst(), trusted,
                chain.stream().map(InetAddress::getHostAddress).toList(), scheme, addressed.host(), port, prefix);
    }

    /**
     * @param claimed X-Forwarded-For entries, believed only as far as they were written by trusted proxies
     * @return the client first, then every hop up to and including the peer
     */
    private List<InetAddress> chainOf(InetAddress peer, List<String> claimed) {
        List<InetAddress> chain = new ArrayList<>(List.of(peer));
        if (!trustedProxies.includes(peer)) {
            return chain;
        }
        // Right to left: every address up to the first untrusted one was written by a proxy we trust;
        // anything further left was written by the client and could be invented.
        for (int i = claimed.size() - 1; i >= 0; i--) {
            InetAddress hop = parseAddress(claimed.get(i));
            if (hop == null) {
                break;
            }
            chain.addFirst(hop);
            if (!trustedProxies.includes(hop)) {
                break;
            }
        }
        return chain;
    }

    private static InetAddress peerOf(ServerHttpRequest request) {
        var remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            // Only in-process requests lack a peer: treat them as local rather than as a stranger.
            return InetAddress.getLoopbackAddress();
        }
        return remote.getAddress();
    }

    private static List<String> values(HttpHeaders headers, String name) {
        List<String> lines = headers.get(name);
        return lines == null ? List.of() : lines.stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    // The value nearest to us is the one our trusted proxy wrote; earlier ones may come from the client.
    private static Optional<String> last(HttpHeaders headers, String name) {
        List<String> all = values(headers, name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private static Optional<Integer> port(String value) {
        try {
            int port = Integer.parseInt(value);
            return port > 0 && port < 65536 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Accepts {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1} and {@code [2001:db8::1]:4711}. */
    static @Nullable InetAddress parseAddress(String value) {
        String literal = value;
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            literal = end < 0 ? literal : literal.substring(1, end);
        } else if (literal.indexOf(':') == literal.lastIndexOf(':') && literal.indexOf(':') > 0) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        try {
            return InetAddress.ofLiteral(literal);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
