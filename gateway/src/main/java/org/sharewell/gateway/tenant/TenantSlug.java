package org.sharewell.gateway.tenant;

import java.util.regex.Pattern;

/**
 * The part of an address that names an organisation: 1 to 40 lower-case letters, digits and hyphens, neither
 * starting nor ending with a hyphen, as in {@code acme} or {@code st-marys-hospice}.
 *
 * @param value a syntactically valid slug
 */
public record TenantSlug(String value) {

    private static final Pattern SYNTAX = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$");

    /** @throws IllegalArgumentException if the value is not a valid slug */
    public TenantSlug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a tenant slug: " + value);
        }
    }

    /** @return whether the text is a syntactically valid slug; says nothing about whether the tenant exists */
    public static boolean isValid(String candidate) {
        return SYNTAX.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
