package org.sharewell.tenancy.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds addresses from the request's own scheme, host and port, which the gateway forwards and the
 * platform trusts because only the gateway can reach it. Work outside a request (start-up, scheduled
 * jobs) uses the configured public address of the platform instead.
 */
@Component
class RequestTenantAddresses implements TenantAddresses {

    private final String baseDomain;
    private final URI publicAddress;

    RequestTenantAddresses(@Value("${sharewell.base-domain:localhost}") String baseDomain,
                           @Value("${sharewell.public-address:http://localhost:8080/}") URI publicAddress) {
        this.baseDomain = baseDomain.toLowerCase(Locale.ROOT);
        this.publicAddress = publicAddress;
    }

    @Override
    public URI homeOf(Slug slug) {
        var current = currentRequest();
        if (current.isEmpty()) {
            return UriComponentsBuilder.fromUri(publicAddress).host(slug + "." + baseDomain).replacePath("/").build().toUri();
        }
        var request = current.get();
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        var address = UriComponentsBuilder.newInstance().scheme(request.getScheme()).port(portOf(request));
        if (onBaseDomain(host)) {
            return address.host(slug + "." + baseDomain).path("/").build().toUri();
        }
        return address.host(host).path("/t/" + slug + "/").build().toUri();
    }

    @Override
    public URI platformHome() {
        var current = currentRequest();
        if (current.isEmpty()) {
            return UriComponentsBuilder.fromUri(publicAddress).replacePath("/").build().toUri();
        }
        var request = current.get();
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).port(portOf(request))
                .host(onBaseDomain(host) ? baseDomain : host).path("/").build().toUri();
    }

    private boolean onBaseDomain(String host) {
        return host.equals(baseDomain) || host.endsWith("." + baseDomain);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static int portOf(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? -1 : port;
    }
}
