package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.sharewell.accounts.internal.EmailedLinks.Purpose.CONFIRM_EMAIL;

/**
 * Proof that a login's email address is its owner's: an {@link EmailedLinks emailed link} that works
 * once within a week. Until it is followed the address proves nothing, so nothing sent to it (an
 * umbrella body's invitation, say) is treated as the organisation's.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EmailConfirmations {

    static final Duration LINK_WORKS_FOR = Duration.ofDays(7);
    /** Long enough to be away for a weekend, soon enough that the first link still works. */
    static final Duration REMIND_AFTER = Duration.ofDays(3);
    static final String LINK_NO_LONGER_WORKS = "This link no longer works: it has expired or has been used. "
            + "Sign in and ask for a new one.";

    private final EmailedLinks links;
    private final AccountStore store;
    private final AccountEmails emails;
    private final Timetable timetable;
    private final Clock clock;

    EmailConfirmations(EmailedLinks links, AccountStore store, AccountEmails emails, Timetable timetable, Clock clock) {
        this.links = links;
        this.store = store;
        this.emails = emails;
        this.timetable = timetable;
        this.clock = clock;
    }

    /** Emails a new login its first link, and puts a reminder on the timetable in case it is not followed. */
    void first(Account login) {
        send(login, "accounts/confirm-email");
        timetable.schedule(ConfirmationReminderJob.NAME, login.id().value(), clock.instant().plus(REMIND_AFTER));
    }

    /** Emails the login a new link; any earlier link stops working. */
    void send(Account login) {
        send(login, "accounts/confirm-email");
    }

    void remind(Account login) {
        send(login, "accounts/confirm-email-reminder");
    }

    Optional<Account> awaiting(String token) {
        return links.awaiting(CONFIRM_EMAIL, token);
    }

    void confirm(String token) {
        var login = awaiting(token).orElseThrow(() -> InvalidInput.of("token", LINK_NO_LONGER_WORKS));
        store.confirm(login.id(), clock.instant());
        links.close(CONFIRM_EMAIL, login);
    }

    private void send(Account login, String template) {
        var issued = links.issue(CONFIRM_EMAIL, login, LINK_WORKS_FOR);
        var confirmBy = store.confirmBy(login.id()).orElse(clock.instant().plus(AccountStore.UNCONFIRMED_LOGINS_LAST));
        emails.confirmation(login, template, issued.link(), issued.expiresAt(), confirmBy);
    }
}
