package org.sharewell.tenancy.internal;

import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.Locale;

/**
 * Builds every address from configuration alone: the scheme and port of {@code sharewell.public-address}
 * and the host {@code {slug}.{sharewell.base-domain}}. Never from the request: its Host header is the
 * client's to choose, and an address built from it would carry an invitation's secret token to
 * whatever host a stranger named.
 */
@Component
class ConfiguredTenantAddresses implements TenantAddresses {

    private final String baseDomain;
    private final URI publicAddress;

    ConfiguredTenantAddresses(@Value("${sharewell.base-domain:localhost}") String baseDomain,
                              @Value("${sharewell.public-address:http://localhost:8080/}") URI publicAddress) {
        this.baseDomain = baseDomain.toLowerCase(Locale.ROOT);
        this.publicAddress = publicAddress;
    }

    @Override
    public URI homeOf(Slug slug) {
        return UriComponentsBuilder.fromUri(publicAddress).host(slug + "." + baseDomain).replacePath("/")
                .replaceQuery(null).fragment(null).build().toUri();
    }

    @Override
    public URI platformHome() {
        return UriComponentsBuilder.fromUri(publicAddress).host(baseDomain).replacePath("/")
                .replaceQuery(null).fragment(null).build().toUri();
    }
}
