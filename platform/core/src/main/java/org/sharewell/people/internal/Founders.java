package org.sharewell.people.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.AccountCreated;
import org.sharewell.people.KeyRole;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonKind;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static sharewell.db.people.Tables.KEY_ROLE;
import static sharewell.db.people.Tables.PERSON;

/**
 * Makes the person who signed an organisation up its first person and tenant admin. Runs inside
 * the sign-up's own transaction, so the organisation never exists without its admin. Not an admin's
 * change, so nothing goes in the audit log: the organisation's log starts empty.
 */
@Component
class Founders {

    private final DSLContext db;

    Founders(DSLContext db) {
        this.db = db;
    }

    @EventListener(condition = "#created.founder()")
    void on(AccountCreated created) {
        // Bound from the event rather than trusting whatever scope the publisher happened to have.
        TenantScope.runAs(created.tenantId(), () -> {
            var id = PersonId.random();
            db.insertInto(PERSON)
                    .set(PERSON.TENANT_ID, created.tenantId().value())
                    .set(PERSON.ID, id.value())
                    .set(PERSON.FULL_NAME, created.displayName())
                    .set(PERSON.EMAIL, created.email())
                    .set(PERSON.KIND, PersonKind.STAFF)
                    .set(PERSON.ACCOUNT_ID, created.accountId().value())
                    .execute();
            db.insertInto(KEY_ROLE)
                    .set(KEY_ROLE.TENANT_ID, created.tenantId().value())
                    .set(KEY_ROLE.PERSON_ID, id.value())
                    .set(KEY_ROLE.ROLE, KeyRole.TENANT_ADMIN)
                    .execute();
        });
    }
}
