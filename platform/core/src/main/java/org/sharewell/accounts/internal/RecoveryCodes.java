package org.sharewell.accounts.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes for signing in without the authenticator app (a lost or broken phone): ten
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as two groups of five.
 * Each holds 50 random bits, far more than can be guessed within the second step's lock-out, so a
 * plain SHA-256 hash is enough to store them by.
 */
final class RecoveryCodes {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> newCodes(int count) {
        var codes = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            var code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
                if (j == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
        }
        return List.copyOf(codes);
    }

    /** The form a code is stored and compared in: spaces, dashes and case do not matter. */
    static String normalise(String typed) {
        String plain = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return plain.length() == 10 ? plain.substring(0, 5) + "-" + plain.substring(5) : plain;
    }

    static boolean looksLikeOne(String typed) {
        return typed != null && normalise(typed).matches("[" + ALPHABET + "]{5}-[" + ALPHABET + "]{5}");
    }
}
