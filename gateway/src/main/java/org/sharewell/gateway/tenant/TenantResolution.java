package org.sharewell.gateway.tenant;

/**
 * What an address says about the tenant. Produced by {@link TenantResolver}.
 */
public sealed interface TenantResolution {

    /** The address names no tenant: the apex host, or another host, without a {@code /t/} path. */
    record None() implements TenantResolution {
    }

    /** The host is {@code {slug}.{base-domain}}; the path is forwarded unchanged. */
    record FromHost(TenantSlug slug) implements TenantResolution {
    }

    /**
     * The path starts with {@code /t/{slug}} on a host that names no tenant.
     *
     * @param prefix        the removed prefix, {@code /t/{slug}}
     * @param forwardedPath the raw path to forward, at least {@code /}
     */
    record FromPath(TenantSlug slug, String prefix, String forwardedPath) implements TenantResolution {
    }

    /** The address is where a slug belongs, but what is there is not a valid slug. */
    record InvalidSlug() implements TenantResolution {
    }
}
