package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The one reminder to confirm an email address ({@code accounts.confirmation-reminder}, subject the
 * login's id), due {@link EmailConfirmations#REMIND_AFTER} after the first link: a new link, if the
 * address is still unconfirmed and the login still active. It does not put itself on the timetable
 * again; after that the person can ask for a link from their dashboard.
 */
@Component
class ConfirmationReminderJob implements TimedJob {

    static final JobName NAME = JobName.of("accounts.confirmation-reminder");

    private final AccountStore store;
    private final EmailConfirmations confirmations;

    ConfirmationReminderJob(AccountStore store, EmailConfirmations confirmations) {
        this.store = store;
        this.confirmations = confirmations;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    @Override
    public void run(UUID account) {
        store.find(new AccountId(account)).filter(Account::active).filter(login -> !store.isConfirmed(login.id()))
                .ifPresent(confirmations::remind);
    }
}
