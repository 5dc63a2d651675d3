package org.sharewell.tenancy;

import java.net.URI;

/**
 * Where people find a tenant on the web: addresses built from configuration alone
 * ({@code sharewell.public-address} for the scheme and port, {@code sharewell.base-domain} for the
 * host), never from the request being served, whose Host header anyone can choose.
 */
public interface TenantAddresses {

    /** The tenant's home page, {@code https://{slug}.{base-domain}/}. */
    URI homeOf(Slug slug);

    /** The platform's own address, belonging to no organisation (where sign-up lives): {@code https://{base-domain}/}. */
    URI platformHome();
}
