package org.sharewell.gateway.tenant;

import java.util.Locale;

/**
 * Reads the tenant from an address. A host {@code {slug}.{base-domain}} names a tenant and then decides alone:
 * on such a host a path starting with {@code /t/} is an ordinary path. Only on any other host (the apex
 * {@code base-domain}, an IP address, another name) does a {@code /t/{slug}} path prefix name the tenant.
 * So each tenant page has one address per host, and a tenant's own pages cannot point into another tenant.
 */
public final class TenantResolver {

    private static final String PATH_PREFIX = "/t/";

    private final String hostSuffix;

    /** @param baseDomain the domain whose single-label sub-domains are tenants, such as {@code localhost} */
    public TenantResolver(String baseDomain) {
        this.hostSuffix = "." + baseDomain.toLowerCase(Locale.ROOT);
    }

    /**
     * @param host    the host name the client addressed, without the port
     * @param rawPath the request path, still percent-encoded
     */
    public TenantResolution resolve(String host, String rawPath) {
        String lowerCaseHost = host.toLowerCase(Locale.ROOT);
        if (lowerCaseHost.endsWith(hostSuffix)) {
            String label = lowerCaseHost.substring(0, lowerCaseHost.length() - hostSuffix.length());
            return TenantSlug.isValid(label)
                    ? new TenantResolution.FromHost(new TenantSlug(label))
                    : new TenantResolution.InvalidSlug();
        }
        if (!rawPath.startsWith(PATH_PREFIX)) {
            return new TenantResolution.None();
        }
        int end = rawPath.indexOf('/', PATH_PREFIX.length());
        String candidate = end < 0 ? rawPath.substring(PATH_PREFIX.length()) : rawPath.substring(PATH_PREFIX.length(), end);
        if (!TenantSlug.isValid(candidate)) {
            return new TenantResolution.InvalidSlug();
        }
        String remainder = end < 0 ? "/" : rawPath.substring(end);
        return new TenantResolution.FromPath(new TenantSlug(candidate), PATH_PREFIX + candidate, remainder);
    }
}
