package org.sharewell.membership.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.springframework.stereotype.Component;

/** Who is making the current change, for the audit logs. */
@Component
class MembershipActors {

    private final Accounts accounts;

    MembershipActors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor current() {
        return accounts.signedIn().map(MembershipActors::of).orElseGet(Actor::sharewell);
    }

    static Actor of(Account account) {
        return new Actor(account.id().value(), account.displayName());
    }

    /**
     * The actor as the other side's log shows them: named with their organisation, and without
     * their account id, which means nothing in another organisation's log.
     */
    static Actor seenFrom(Actor actor, String organisation) {
        return new Actor(null, actor.name() + " (" + organisation + ")");
    }
}
