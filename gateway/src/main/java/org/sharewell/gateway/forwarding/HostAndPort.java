package org.sharewell.gateway.forwarding;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a {@code Host} or {@code X-Forwarded-Host} header.
 *
 * @param host in lower case; an IPv6 address keeps its brackets
 * @param port the explicit port, or -1 when there is none
 */
record HostAndPort(String host, int port) {

    // Looser than DNS on purpose: a host such as "-acme.localhost" must come through, so that its invalid
    // tenant slug can be refused, rather than be mistaken for a request without a host.
    private static final Pattern SYNTAX = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?$");

    /** @return the host and port, or empty if the value is not of that form */
    static Optional<HostAndPort> parse(String value) {
        Matcher matcher = SYNTAX.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int port = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        if (port == 0 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(new HostAndPort(matcher.group(1).toLowerCase(Locale.ROOT), port));
    }

    static HostAndPort of(URI uri) {
        return new HostAndPort(uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(Locale.ROOT),
                uri.getPort());
    }
}
