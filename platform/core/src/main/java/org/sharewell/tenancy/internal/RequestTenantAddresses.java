package org.sharewell.tenancy.internal;

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
 * server trusts from known proxies only ({@code server.forward-headers-strategy}).
 */
@Component
class RequestTenantAddresses implements TenantAddresses {

    private final String baseDomain;

    RequestTenantAddresses(@Value("${sharewell.base-domain:localhost}") String baseDomain) {
        this.baseDomain = baseDomain.toLowerCase(Locale.ROOT);
    }

    @Override
    public URI homeOf(Slug slug) {
        var request = currentRequest();
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        var address = UriComponentsBuilder.newInstance().scheme(request.getScheme()).port(portOf(request));
        if (onBaseDomain(host)) {
            return address.host(slug + "." + baseDomain).path("/").build().toUri();
        }
        return address.host(host).path("/t/" + slug + "/").build().toUri();
    }

    @Override
    public URI platformHome() {
        var request = currentRequest();
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).port(portOf(request))
                .host(onBaseDomain(host) ? baseDomain : host).path("/").build().toUri();
    }

    private boolean onBaseDomain(String host) {
        return host.equals(baseDomain) || host.endsWith("." + baseDomain);
    }

    private static jakarta.servlet.http.HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private static int portOf(jakarta.servlet.http.HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? -1 : port;
    }
}
