package org.sharewell.gateway;

import org.springframework.core.Ordered;

/**
 * The order in which the gateway's web filters see a request. Kept in one place because each filter relies on
 * the ones before it: everything needs the request origin, the access log needs the request id, and rate limits
 * apply to the path left after the tenant prefix is removed.
 */
public final class FilterOrder {

    /** Works out who sent the request and how they addressed it. */
    public static final int REQUEST_ORIGIN = Ordered.HIGHEST_PRECEDENCE;
    /** Gives the request its id. */
    public static final int REQUEST_ID = REQUEST_ORIGIN + 1;
    /** Registers the security headers, before anything can answer early. */
    public static final int SECURITY_HEADERS = REQUEST_ID + 1;
    /** Refuses hosts that are not Sharewell's. */
    public static final int KNOWN_HOST = SECURITY_HEADERS + 1;
    /** Refuses addresses spelled so that the platform would read them differently from the rules below. */
    public static final int CLEAN_PATH = KNOWN_HOST + 1;
    /** Resolves the tenant and strips a {@code /t/{slug}} prefix. */
    public static final int TENANT = CLEAN_PATH + 1;
    /** Limits request rates per client. */
    public static final int RATE_LIMIT = TENANT + 1;

    private FilterOrder() {
    }
}
