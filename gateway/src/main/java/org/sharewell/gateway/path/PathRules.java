package org.sharewell.gateway.path;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;

/**
 * Which spellings of an address the gateway refuses before any rule sees it. The gateway matches
 * rules (rate limits, the tenant prefix) against the path as sent, while the platform normalises it:
 * {@code //api/v1/tokens} would pass the login limit and still reach the login. So a path that
 * normalising would change, or that hides a separator, is refused rather than guessed at: empty
 * segments, {@code .} and {@code ..} segments (also percent-encoded), encoded slashes and
 * backslashes, and control characters. No address Sharewell hands out is spelled like that.
 */
public final class PathRules {

    private PathRules() {
    }

    /** Why the raw (still percent-encoded) path and query are refused, if they are. */
    public static Optional<String> problemWith(String rawPath, @Nullable String rawQuery) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.of("not absolute");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("//")) {
            return Optional.of("an empty segment");
        }
        if (lower.contains("%2f") || lower.contains("%5c") || lower.indexOf('\\') >= 0) {
            return Optional.of("an encoded separator");
        }
        if (hasControlCharacter(lower) || (rawQuery != null && hasControlCharacter(rawQuery.toLowerCase(Locale.ROOT)))) {
            return Optional.of("a control character");
        }
        for (String segment : lower.substring(1).split("/", -1)) {
            String decodedDots = segment.replace("%2e", ".");
            if (decodedDots.equals(".") || decodedDots.equals("..")) {
                return Optional.of("a dot segment");
            }
        }
        return Optional.empty();
    }

    /** A raw control character, or one percent-encoded: %00 to %1f and %7f. */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character < 0x20 || character == 0x7f) {
                return true;
            }
            if (character == '%' && i + 2 < text.length()) {
                String code = text.substring(i + 1, i + 3);
                if (code.charAt(0) == '0' || code.charAt(0) == '1' || code.equals("7f")) {
                    return true;
                }
            }
        }
        return false;
    }
}
