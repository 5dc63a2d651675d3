package org.sharewell.licensing.internal;

import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.springframework.stereotype.Component;

/** Who is making the current change, for the audit log and the pages that show who decided. */
@Component
class CurrentActor {

    private final Accounts accounts;

    CurrentActor(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in login, or Sharewell itself for scheduled work. */
    Actor current() {
        return accounts.signedIn()
                .map(account -> new Actor(account.id().value(), account.displayName()))
                .orElseGet(Actor::sharewell);
    }
}
