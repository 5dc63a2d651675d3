package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.EmailChange;
import org.sharewell.kernel.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.sharewell.accounts.internal.EmailedLinks.Purpose.CHANGE_EMAIL;

/**
 * A login's move to a new email address, made only from an {@link EmailedLinks emailed link} sent
 * to the new address (so nobody can move a login to an address that is not theirs, nor take an
 * address that is someone else's), and told to the old address once made.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EmailChanges {

    /** A day: long enough to reach a mailbox checked once a day, short enough not to linger. */
    static final Duration LINK_WORKS_FOR = Duration.ofDays(1);
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: it has expired or has been used. "
            + "Sign in and ask again from \"Your login\".";
    private static final String TAKEN = "This email address already has a login in this organisation.";

    private final EmailedLinks links;
    private final AccountStore store;
    private final AccountEmails emails;
    private final PasswordEncoder passwords;
    private final Clock clock;

    EmailChanges(EmailedLinks links, AccountStore store, AccountEmails emails, PasswordEncoder passwords, Clock clock) {
        this.links = links;
        this.store = store;
        this.emails = emails;
        this.passwords = passwords;
        this.clock = clock;
    }

    void ask(Account login, String currentPassword, String newEmail) {
        String hash = store.passwordHashOf(login.id()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidInput.of("currentPassword", "That is not your current password.");
        }
        CredentialRules.problemWithEmail(newEmail).ifPresent(problem -> {
            throw InvalidInput.of("newEmail", problem);
        });
        var existing = store.credentialsOf(newEmail);
        if (existing.isPresent() && existing.get().account().id().equals(login.id())) {
            throw InvalidInput.of("newEmail", "This is the address your login has now.");
        }
        if (existing.isPresent()) {
            throw InvalidInput.of("newEmail", TAKEN);
        }
        var issued = links.issueForNewEmail(login, newEmail, LINK_WORKS_FOR);
        emails.confirmNewEmail(login, org.sharewell.kernel.EmailAddresses.normalise(newEmail), issued.link(), issued.expiresAt());
    }

    Optional<EmailChange> awaiting(String token) {
        return links.awaitingNewEmail(token);
    }

    void confirm(String token) {
        var change = awaiting(token).orElseThrow(() -> InvalidInput.of("token", LINK_NO_LONGER_WORKS));
        if (store.credentialsOf(change.newEmail()).isPresent()) {
            throw InvalidInput.of("newEmail", TAKEN);
        }
        var now = clock.instant();
        store.changeEmail(change.login().id(), change.newEmail(), now);
        links.close(CHANGE_EMAIL, change.login());
        emails.emailChanged(change.login(), change.newEmail(), now);
    }
}
