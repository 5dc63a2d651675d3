package org.sharewell.tenancy.internal;

import java.util.Locale;

/** How settings are described in {@link org.sharewell.tenancy.TenantSettingsChanged}: plain words, British English. */
final class SettingsDescriptions {

    private SettingsDescriptions() {
    }

    static String nameAndColour(String name, String colour) {
        return "Name: " + name + "; colour: " + (colour == null ? "none" : colour);
    }

    static String logo(String contentType, int bytes) {
        if (contentType == null) {
            return "Logo: none";
        }
        String kind = "image/png".equals(contentType) ? "PNG" : "JPEG";
        return String.format(Locale.UK, "Logo: %s image, %,d KB", kind, Math.max(1, Math.round(bytes / 1024.0)));
    }
}
