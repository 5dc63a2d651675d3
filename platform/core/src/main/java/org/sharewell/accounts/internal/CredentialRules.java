package org.sharewell.accounts.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.sharewell.kernel.EmailAddresses;

import java.util.List;
import java.util.Optional;

/** The rules for an email address to sign in with and for a new password. */
final class CredentialRules {

    static final int MINIMUM_PASSWORD_LENGTH = 10;
    static final int MAXIMUM_PASSWORD_LENGTH = 128;
    /** zxcvbn's scale runs 0 to 4; 3 means "safely unguessable" against an online or slowed attack. */
    private static final int MINIMUM_STRENGTH = 3;
    /** Built once: it loads its dictionaries when made. */
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private CredentialRules() {
    }

    static Optional<String> problemWithEmail(String email) {
        return email == null || email.isBlank()
                ? Optional.of("Enter your email address.")
                : EmailAddresses.problemWith(email);
    }

    /** Judges a new password, knowing the other things typed alongside it (which make poor passwords). */
    static Optional<String> problemWithPassword(String password, List<String> otherInputs) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_PASSWORD_LENGTH + " characters for your password.");
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            return Optional.of("Use at most " + MAXIMUM_PASSWORD_LENGTH + " characters for your password.");
        }
        if (BreachedPasswords.contains(password)) {
            return Optional.of("This password is one of those most often found in data breaches, so it is among "
                    + "the first that anyone guessing would try. Choose another: three or four unrelated words work well.");
        }
        if (STRENGTH.measure(password, otherInputs.stream().filter(input -> input != null && !input.isBlank()).toList())
                .getScore() < MINIMUM_STRENGTH) {
            return Optional.of("This password would be easy to guess. Try three or four unrelated words, "
                    + "and avoid your name, your organisation's name and common phrases.");
        }
        return Optional.empty();
    }
}
