package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Proof that a login's email address is its owner's: a link with a secret token, emailed to the
 * address, that works once within a week. Until it is followed the address proves nothing, so
 * nothing sent to it (an umbrella body's invitation, say) is treated as the organisation's.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EmailConfirmations {

    static final Duration LINK_WORKS_FOR = Duration.ofDays(7);
    /** Long enough to be away for a weekend, soon enough that the first link still works. */
    static final Duration REMIND_AFTER = Duration.ofDays(3);
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: it has expired or has been used. "
            + "Sign in and ask for a new one.";

    private final AccountStore store;
    private final AccountEmails emails;
    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final Timetable timetable;
    private final Clock clock;

    EmailConfirmations(AccountStore store, AccountEmails emails, Tenants tenants, TenantAddresses addresses,
                       Timetable timetable, Clock clock) {
        this.timetable = timetable;
        this.store = store;
        this.emails = emails;
        this.tenants = tenants;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Emails a new login its first link, and puts a reminder on the timetable in case it is not followed. */
    void first(Account login) {
        send(login, "accounts/confirm-email");
        timetable.schedule(ConfirmationReminderJob.NAME, login.id().value(), clock.instant().plus(REMIND_AFTER));
    }

    /** Emails the login a new link, at its organisation's own address; any earlier link stops working. */
    void send(Account login) {
        send(login, "accounts/confirm-email");
    }

    void remind(Account login) {
        send(login, "accounts/confirm-email-reminder");
    }

    private void send(Account login, String template) {
        String token = SecretTokens.newToken();
        var now = clock.instant();
        var expiresAt = now.plus(LINK_WORKS_FOR);
        store.saveConfirmation(login.id(), SecretTokens.hash(token), now, expiresAt);
        var organisation = tenants.findById(TenantScope.required()).orElseThrow();
        emails.confirmation(login, template, addresses.homeOf(organisation.slug()).resolve("confirm-email/" + token), expiresAt);
    }

    Optional<Account> awaiting(String token) {
        return TenantScope.current().flatMap(tenant -> store.awaitingConfirmation(SecretTokens.hash(token), clock.instant()));
    }

    void confirm(String token) {
        var login = awaiting(token).orElseThrow(() -> InvalidInput.of("token", LINK_NO_LONGER_WORKS));
        store.confirm(login.id(), clock.instant());
    }
}
