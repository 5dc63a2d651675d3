package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountCreated;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.Role;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.accounts.tables.records.AccountRecord;

import java.util.Optional;

import static sharewell.db.accounts.Tables.ACCOUNT;

@Component
@Transactional(readOnly = true)
class JooqAccounts implements Accounts {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    JooqAccounts(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Override
    public Optional<Account> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SharewellUser user)) {
            return Optional.empty();
        }
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(user.account().id().value()))
                .fetchOptional().map(JooqAccounts::toAccount);
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return findRowByEmail(email).map(JooqAccounts::toAccount);
    }

    Optional<AccountRecord> findRowByEmail(String email) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.EMAIL.eq(Credentials.normaliseEmail(email))).fetchOptional();
    }

    /** Adds a login to the tenant bound to the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Account create(String email, String displayName, String passwordHash, Role role) {
        TenantId tenant = TenantScope.required();
        var account = toAccount(db.insertInto(ACCOUNT)
                .set(ACCOUNT.TENANT_ID, tenant.value())
                .set(ACCOUNT.ID, AccountId.random().value())
                .set(ACCOUNT.EMAIL, Credentials.normaliseEmail(email))
                .set(ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ROLE, role.name())
                .returning()
                .fetchSingle());
        events.publishEvent(new AccountCreated(tenant, account.id(), role));
        return account;
    }

    static Account toAccount(AccountRecord row) {
        return new Account(new TenantId(row.getTenantId()), new AccountId(row.getId()), row.getEmail(),
                row.getDisplayName(), Role.valueOf(row.getRole()), row.getActive());
    }
}
