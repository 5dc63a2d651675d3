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
    /**
     * Sharewell's own words, which anyone guessing a password here would try first: the product,
     * the kinds of organisation, the roles and what people do with it. Given to the strength check
     * with whatever was typed on the same form.
     */
    static final List<String> SHAREWELL_WORDS = List.of("sharewell", "share well", "social media", "surgery",
            "surgeon", "cvs", "council for voluntary service", "umbrella", "volunteer", "volunteering", "charity",
            "trustee", "admin", "coordinator", "champion", "licence", "policy", "password", "sign in", "login");
    /** Built once: it loads its dictionaries when made. */
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private CredentialRules() {
    }

    /**
     * Whether, without Sharewell's own words, the password has fewer than five letters left: zxcvbn
     * alone misses words joined by spaces ("sharewell volunteer 2026" scores as strong).
     */
    private static boolean isMadeOfSharewellsWords(String password) {
        String rest = password.toLowerCase(java.util.Locale.ROOT);
        for (String word : SHAREWELL_WORDS) {
            rest = rest.replace(word, "");
        }
        return rest.replaceAll("[^\\p{L}]", "").length() < 5;
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
        if (isMadeOfSharewellsWords(password)) {
            return Optional.of("This password is made of words anyone would try on Sharewell, such as \"sharewell\" "
                    + "or \"volunteer\". Try three or four unrelated words instead.");
        }
        // What was typed alongside comes first: zxcvbn ranks the earlier words as the likelier guesses.
        var context = new java.util.ArrayList<String>();
        otherInputs.stream().filter(input -> input != null && !input.isBlank()).forEach(context::add);
        context.addAll(SHAREWELL_WORDS);
        if (STRENGTH.measure(password, context).getScore() < MINIMUM_STRENGTH) {
            return Optional.of("This password would be easy to guess. Try three or four unrelated words, "
                    + "and avoid your name, your organisation's name and common phrases.");
        }
        return Optional.empty();
    }
}
