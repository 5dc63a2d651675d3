package org.sharewell.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.EmailChange;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Links emailed to a login that prove, when followed, that whoever follows them reads its mailbox:
 * a secret token (only its hash is kept), one open link of each purpose per login, working for a
 * while, at the organisation's own address only, and closed once used.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EmailedLinks {

    /** What a link is for, and the page of the web interface it opens. */
    enum Purpose {
        CONFIRM_EMAIL("confirm-email/"), CHOOSE_PASSWORD("reset-password/"), CHANGE_EMAIL("change-email/");

        private final String page;

        Purpose(String page) {
            this.page = page;
        }
    }

    /** A link made, to be emailed. */
    record Issued(URI link, Instant expiresAt) {
    }

    private final EmailedLinkStore store;
    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final Clock clock;

    EmailedLinks(EmailedLinkStore store, Tenants tenants, TenantAddresses addresses, Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A new link for the login, at its organisation's own address; an earlier one of the purpose stops working. */
    Issued issue(Purpose purpose, Account login, Duration worksFor) {
        return issue(purpose, login, null, worksFor);
    }

    /** As {@link #issue(Purpose, Account, Duration)}, for a link to change the login's address to {@code newEmail}. */
    Issued issueForNewEmail(Account login, String newEmail, Duration worksFor) {
        return issue(Purpose.CHANGE_EMAIL, login, newEmail, worksFor);
    }

    private Issued issue(Purpose purpose, Account login, @Nullable String newEmail, Duration worksFor) {
        String token = SecretTokens.newToken();
        var now = clock.instant();
        store.save(purpose, login.id(), SecretTokens.hash(token), newEmail, now, now.plus(worksFor));
        var organisation = tenants.findById(TenantScope.required()).orElseThrow();
        return new Issued(addresses.homeOf(organisation.slug()).resolve(purpose.page + token), now.plus(worksFor));
    }

    /** The login whose open link of the purpose this token is, at the bound organisation, while it works. */
    Optional<Account> awaiting(Purpose purpose, String token) {
        return TenantScope.current().flatMap(tenant -> store.awaiting(purpose, SecretTokens.hash(token), clock.instant()));
    }

    /** The change of address whose open link this token is, at the bound organisation, while it works. */
    Optional<EmailChange> awaitingNewEmail(String token) {
        return TenantScope.current().flatMap(tenant -> store.awaitingNewEmail(SecretTokens.hash(token), clock.instant()));
    }

    void close(Purpose purpose, Account login) {
        store.close(purpose, login.id());
    }
}
