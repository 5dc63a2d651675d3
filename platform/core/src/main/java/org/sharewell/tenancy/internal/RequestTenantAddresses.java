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
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UriComponentsBuilder.fromUri(publicAddress).host(slug + "." + baseDomain).replacePath("/").build().toUri();
        }
        HttpServletRequest request = attributes.getRequest();
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        var address = UriComponentsBuilder.newInstance().scheme(request.getScheme()).port(portOf(request));
        if (host.equals(baseDomain) || host.endsWith("." + baseDomain)) {
            return address.host(slug + "." + baseDomain).path("/").build().toUri();
        }
        return address.host(host).path("/t/" + slug + "/").build().toUri();
    }

    private static int portOf(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? -1 : port;
    }
}
