package org.sharewell.accounts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Locale;
import java.util.Optional;

/** The rules for an email address Sharewell signs people in with or writes to. */
public final class EmailAddresses {

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
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            return Optional.of("Enter an email address in the right format, like name@example.org.");
        }
        // RFC 5322 allows a bare host name, but nobody can be emailed at one from the internet.
        String domain = address.substring(address.indexOf('@') + 1);
        if (address.length() > 254 || !domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            return Optional.of("Enter an email address in the right format, like name@example.org.");
        }
        return Optional.empty();
    }
}
