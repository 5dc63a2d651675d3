package org.sharewell.people.internal;

import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is making the current change, for the audit log. */
@Component
class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor current() {
        return accounts.signedIn()
                .map(account -> new Actor(account.id().value(), account.displayName()))
                .orElseGet(Actor::sharewell);
    }

    Optional<AccountId> signedInAccount() {
        return accounts.signedIn().map(account -> account.id());
    }
}
