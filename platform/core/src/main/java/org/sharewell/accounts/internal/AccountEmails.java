package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The emails the accounts module sends (templates in {@code email/accounts/}), queued in the caller's transaction. */
@Component
class AccountEmails {

    private final Letters letters;

    AccountEmails(Letters letters) {
        this.letters = letters;
    }

    /** @param template {@code accounts/confirm-email}, or {@code accounts/confirm-email-reminder} */
    void confirmation(Account login, String template, URI link, Instant expiresAt, Instant confirmBy) {
        letters.send(new Letter(login.email(), login.displayName(), template,
                Map.of("link", link.toString(), "until", UkTime.date(expiresAt), "confirmBy", UkTime.date(confirmBy))));
    }

    void passwordChanged(Account login, Instant when) {
        letters.send(new Letter(login.email(), login.displayName(), "accounts/password-changed",
                Map.of("when", UkTime.dateAndTime(when))));
    }

    /** To the new address: the link that makes the change. */
    void confirmNewEmail(Account login, String newEmail, URI link, Instant expiresAt) {
        letters.send(new Letter(newEmail, login.displayName(), "accounts/confirm-new-email",
                Map.of("link", link.toString(), "until", UkTime.dateAndTime(expiresAt), "oldEmail", login.email())));
    }

    /** To the old address, once the change is made: so a change the owner did not make is noticed. */
    void emailChanged(Account login, String newEmail, Instant when) {
        letters.send(new Letter(login.email(), login.displayName(), "accounts/email-changed",
                Map.of("newEmail", newEmail, "when", UkTime.dateAndTime(when))));
    }

    void passwordReset(Account login, URI link, Instant expiresAt) {
        letters.send(new Letter(login.email(), login.displayName(), "accounts/reset-password",
                Map.of("link", link.toString(), "until", UkTime.dateAndTime(expiresAt))));
    }
}
