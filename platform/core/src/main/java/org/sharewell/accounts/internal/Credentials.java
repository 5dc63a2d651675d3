package org.sharewell.accounts.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules for an email address to sign in with and a new password. */
@Component
class Credentials {

    static final int MINIMUM_PASSWORD_LENGTH = 10;
    static final int MAXIMUM_PASSWORD_LENGTH = 128;
    /** zxcvbn's scale runs 0 to 4; 3 means "safely unguessable" against an online or slowed attack. */
    private static final int MINIMUM_STRENGTH = 3;

    private final Validator validator;
    private final Zxcvbn strength = new Zxcvbn();

    Credentials(Validator validator) {
        this.validator = validator;
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<String> problemWithEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Enter your email address.");
        }
        if (email.length() > 254 || !validator.validate(new EmailField(normaliseEmail(email))).isEmpty()) {
            return Optional.of("Enter an email address in the right format, like name@example.org.");
        }
        return Optional.empty();
    }

    /** Judges a new password, knowing the other things typed alongside it (which make poor passwords). */
    Optional<String> problemWithPassword(String password, List<String> otherInputs) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_PASSWORD_LENGTH + " characters for your password.");
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            return Optional.of("Use at most " + MAXIMUM_PASSWORD_LENGTH + " characters for your password.");
        }
        if (strength.measure(password, otherInputs.stream().filter(input -> input != null && !input.isBlank()).toList())
                .getScore() < MINIMUM_STRENGTH) {
            return Optional.of("This password would be easy to guess. Try three or four unrelated words, "
                    + "and avoid your name, your organisation's name and common phrases.");
        }
        return Optional.empty();
    }

    private record EmailField(@Email(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+") String value) {
    }
}
