package org.sharewell.people.internal;

import org.sharewell.accounts.AccountCreated;
import org.sharewell.people.KeyRole;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the person who signed an organisation up its first person and tenant admin. Runs inside
 * the sign-up's own transaction, so the organisation never exists without its admin. Not an admin's
 * change, so nothing goes in the audit log: the organisation's log starts empty.
 */
@Component
class Founders {

    private final PersonStore people;

    Founders(PersonStore people) {
        this.people = people;
    }

    @EventListener(condition = "#created.founder()")
    void on(AccountCreated created) {
        // Bound from the event rather than trusting whatever scope the publisher happened to have.
        TenantScope.runAs(created.tenantId(), () -> {
            var id = people.insertFounder(created.displayName(), created.email(), created.accountId());
            people.grant(id, KeyRole.TENANT_ADMIN);
        });
    }
}
