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
    void confirmation(Account login, String template, URI link, Instant expiresAt) {
        letters.send(new Letter(login.email(), login.displayName(), template,
                Map.of("link", link.toString(), "until", UkTime.date(expiresAt))));
    }

    void passwordChanged(Account login, Instant when) {
        letters.send(new Letter(login.email(), login.displayName(), "accounts/password-changed",
                Map.of("when", UkTime.dateAndTime(when))));
    }

    void passwordReset(Account login, URI link, Instant expiresAt) {
        letters.send(new Letter(login.email(), login.displayName(), "accounts/reset-password",
                Map.of("link", link.toString(), "until", UkTime.dateAndTime(expiresAt))));
    }
}
