package org.sharewell.tenancy;

import java.net.URI;

/** Where people find a tenant on the web. */
public interface TenantAddresses {

    /**
     * The address of the tenant's home page, as seen from the request being served: {@code
     * https://{slug}.{base-domain}/} when the request came to the base domain or one of its
     * tenants, otherwise the path form {@code .../t/{slug}/} on the same host.
     */
    URI homeOf(Slug slug);

    /**
     * The platform's own address, belonging to no organisation (where sign-up lives), as seen from
     * the request being served: {@code https://{base-domain}/} when the request came to the base
     * domain or one of its tenants, otherwise the root of the same host.
     */
    URI platformHome();
}
