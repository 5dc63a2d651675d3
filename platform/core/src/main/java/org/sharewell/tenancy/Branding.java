package org.sharewell.tenancy;

import java.util.Optional;

/**
 * How a tenant's pages look: an optional main colour (a {@code #rrggbb} hex value that white text is
 * readable on) and an optional logo.
 */
public record Branding(Optional<String> primaryColour, Optional<Logo> logo) {

    public static final Branding NONE = new Branding(Optional.empty(), Optional.empty());

    /** A PNG or JPEG image of at most 512 KB. */
    public record Logo(byte[] image, String contentType) {
    }
}
