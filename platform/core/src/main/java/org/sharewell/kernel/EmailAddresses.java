package org.sharewell.kernel;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for what an email address is, for signing in and for writing to: one plain address
 * (no name, no group, no second address), with a domain that can be reached from the internet,
 * at most {@value #LONGEST} characters. Stored and compared trimmed and in lower case.
 */
public final class EmailAddresses {

    /** RFC 5321's limit for a path, which every mail server keeps to. */
    public static final int LONGEST = 254;

    private static final String FORMAT = "Enter an email address in the right format, like name@example.org.";

    private EmailAddresses() {
    }

    /** The form addresses are stored and compared in: trimmed and lower case. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Explains in plain words why the text is not a usable email address, if it is not. */
    public static Optional<String> problemWith(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Enter an email address.");
        }
        String address = normalise(email);
        if (address.length() > LONGEST || !isOnePlainAddress(address)) {
            return Optional.of(FORMAT);
        }
        // RFC 5322 allows a bare host name, but nobody can be emailed at one from the internet.
        String domain = address.substring(address.indexOf('@') + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            return Optional.of(FORMAT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String email) {
        return problemWith(email).isEmpty();
    }

    private static boolean isOnePlainAddress(String address) {
        if (address.chars().anyMatch(character -> character < 0x21 || character == 0x7f)) {
            return false;
        }
        try {
            var parsed = new InternetAddress(address, true);
            parsed.validate();
            return !parsed.isGroup() && parsed.getPersonal() == null && address.equals(parsed.getAddress())
                    && address.indexOf('@') > 0 && address.indexOf('@') == address.lastIndexOf('@');
        } catch (AddressException e) {
            return false;
        }
    }
}
