package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A forgotten password, replaced from a link emailed to the login's address: it works once, for an
 * hour, and only at the organisation's own address. Asking says nothing of whether the address has
 * a login, and choosing the new password ends every API token of the login.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PasswordResets {

    static final Duration LINK_WORKS_FOR = Duration.ofHours(1);
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: it has expired or has been used. "
            + "Ask for a new one from the sign-in page.";

    private final AccountStore store;
    private final AccountEmails emails;
    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PasswordResets(AccountStore store, AccountEmails emails, Tenants tenants, TenantAddresses addresses,
                   PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.emails = emails;
        this.tenants = tenants;
        this.addresses = addresses;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Emails a link if the address is an active login's here; does nothing otherwise, and says the same. */
    void ask(String email) {
        if (TenantScope.current().isEmpty() || email == null) {
            return;
        }
        store.credentialsOf(email).map(AccountStore.Credentials::account).filter(Account::active).ifPresent(login -> {
            String token = SecretTokens.newToken();
            var now = clock.instant();
            store.savePasswordReset(login.id(), SecretTokens.hash(token), now, now.plus(LINK_WORKS_FOR));
            var organisation = tenants.findById(TenantScope.required()).orElseThrow();
            emails.passwordReset(login, addresses.homeOf(organisation.slug()).resolve("reset-password/" + token),
                    now.plus(LINK_WORKS_FOR));
        });
    }

    Optional<Account> awaiting(String token) {
        return TenantScope.current().flatMap(tenant -> store.awaitingPasswordReset(SecretTokens.hash(token), clock.instant()));
    }

    void choose(String token, String newPassword) {
        var login = awaiting(token).orElseThrow(() -> InvalidInput.of("token", LINK_NO_LONGER_WORKS));
        CredentialRules.problemWithPassword(newPassword, List.of(login.email(), login.displayName()))
                .ifPresent(problem -> {
                    throw InvalidInput.of("newPassword", problem);
                });
        store.changePasswordHash(login.id(), passwords.encode(newPassword));
        store.endPasswordReset(login.id());
        store.deleteApiTokens(login.id());
        // Following the emailed link proves the address too.
        if (!store.isConfirmed(login.id())) {
            store.confirm(login.id(), clock.instant());
        }
    }
}
