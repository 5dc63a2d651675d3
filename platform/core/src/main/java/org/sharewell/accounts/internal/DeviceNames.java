package org.sharewell.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a browser the way its owner would recognise it in a list of sessions ("Firefox on
 * Windows"), from what it says it is. Only a description: a browser can say anything, so nothing
 * is decided from it.
 */
final class DeviceNames {

    static final String UNKNOWN = "An unknown browser";

    /** In this order: Edge and Opera say "Chrome" too, and Chrome says "Safari". */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("edg/", "Edge"), Map.entry("opr/", "Opera"), Map.entry("samsungbrowser/", "Samsung Internet"),
            Map.entry("firefox/", "Firefox"), Map.entry("fxios/", "Firefox"), Map.entry("crios/", "Chrome"),
            Map.entry("chrome/", "Chrome"), Map.entry("chromium/", "Chromium"), Map.entry("safari/", "Safari"),
            Map.entry("curl/", "curl"));
    /** In this order: Android says "Linux", and an iPad or iPhone says "Mac OS X". */
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("android", "Android"), Map.entry("iphone", "iPhone"), Map.entry("ipad", "iPad"),
            Map.entry("windows", "Windows"), Map.entry("cros", "ChromeOS"), Map.entry("mac os x", "a Mac"),
            Map.entry("linux", "Linux"));

    private DeviceNames() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String said = userAgent.toLowerCase(Locale.ROOT);
        String browser = firstIn(BROWSERS, said);
        String system = firstIn(SYSTEMS, said);
        if (browser == null) {
            return system == null ? UNKNOWN : "A browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String firstIn(List<Map.Entry<String, String>> names, String said) {
        return names.stream().filter(name -> said.contains(name.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
