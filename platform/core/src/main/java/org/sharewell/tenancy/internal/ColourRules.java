package org.sharewell.tenancy.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for a tenant's main colour. Buttons and links show white text on it, so it must reach the
 * WCAG 2.2 AA contrast ratio of 4.5:1 against white.
 */
final class ColourRules {

    private static final Pattern HEX = Pattern.compile("^#[0-9a-f]{6}$");
    static final double MINIMUM_CONTRAST = 4.5;

    private ColourRules() {
    }

    static String normalise(String colour) {
        return colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> problemWith(String colour) {
        if (colour == null) {
            return Optional.empty();
        }
        if (!HEX.matcher(colour).matches()) {
            return Optional.of("Enter the colour as a hex code such as #1a5e9a.");
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MINIMUM_CONTRAST) {
            return Optional.of(String.format(Locale.UK,
                    "White text on this colour is hard to read (contrast %.1f to 1; it needs at least 4.5 to 1). "
                            + "Choose a darker colour.", contrast));
        }
        return Optional.empty();
    }

    /** The WCAG contrast ratio between the colour and white. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
