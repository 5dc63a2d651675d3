package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.tenancy.TenantScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.sharewell.accounts.internal.EmailedLinks.Purpose.CHOOSE_PASSWORD;

/**
 * A forgotten password, replaced from an {@link EmailedLinks emailed link} that works once, for an
 * hour. Asking says nothing of whether the address has a login, and choosing the new password signs
 * the login out everywhere.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PasswordResets {

    static final Duration LINK_WORKS_FOR = Duration.ofHours(1);
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: it has expired or has been used. "
            + "Ask for a new one from the sign-in page.";

    private final EmailedLinks links;
    private final AccountStore store;
    private final AccountEmails emails;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PasswordResets(EmailedLinks links, AccountStore store, AccountEmails emails, PasswordEncoder passwords, Clock clock) {
        this.links = links;
        this.store = store;
        this.emails = emails;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Emails a link if the address is an active login's here; does nothing otherwise, and says the same. */
    void ask(String email) {
        if (TenantScope.current().isEmpty() || email == null) {
            return;
        }
        store.credentialsOf(email).map(AccountStore.Credentials::account).filter(Account::active).ifPresent(login -> {
            var issued = links.issue(CHOOSE_PASSWORD, login, LINK_WORKS_FOR);
            emails.passwordReset(login, issued.link(), issued.expiresAt());
        });
    }

    Optional<Account> awaiting(String token) {
        return links.awaiting(CHOOSE_PASSWORD, token);
    }

    void choose(String token, String newPassword) {
        var login = awaiting(token).orElseThrow(() -> InvalidInput.of("token", LINK_NO_LONGER_WORKS));
        CredentialRules.problemWithPassword(newPassword, List.of(login.email(), login.displayName()))
                .ifPresent(problem -> {
                    throw InvalidInput.of("newPassword", problem);
                });
        store.changePasswordHash(login.id(), passwords.encode(newPassword));
        store.signOutEverywhere(login.id());
        links.close(CHOOSE_PASSWORD, login);
        // Following the emailed link proves the address too.
        if (!store.isConfirmed(login.id())) {
            store.confirm(login.id(), clock.instant());
        }
    }
}
