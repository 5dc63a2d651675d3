package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.accounts.tables.records.AccountRecord;

import java.util.Optional;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.API_TOKEN;

/**
 * The login and API token tables, under row-level security for the bound tenant: a login of one
 * organisation is simply not there at another's address. Emails are stored normalised.
 */
@Component
class AccountStore {

    /** A login with its password hash, for signing in; never leaves this module. */
    record Credentials(Account account, String passwordHash) {
    }

    private final DSLContext db;

    AccountStore(DSLContext db) {
        this.db = db;
    }

    Account insert(String email, String displayName, String passwordHash) {
        return toAccount(db.insertInto(ACCOUNT)
                .set(ACCOUNT.TENANT_ID, TenantScope.required().value())
                .set(ACCOUNT.ID, AccountId.random().value())
                .set(ACCOUNT.EMAIL, EmailAddresses.normalise(email))
                .set(ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .returning()
                .fetchSingle());
    }

    Optional<Account> find(AccountId id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional().map(AccountStore::toAccount);
    }

    Optional<Credentials> credentialsOf(String email) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.EMAIL.eq(EmailAddresses.normalise(email))).fetchOptional()
                .map(row -> new Credentials(toAccount(row), row.getPasswordHash()));
    }

    void changeActive(AccountId id, boolean active) {
        db.update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(id.value())).execute();
    }

    /**
     * Anonymises the login for good: its email and name are replaced, its password can never match
     * (a hash of a secret nobody knows), and its API tokens are deleted.
     */
    void erase(AccountId id, String unguessablePasswordHash) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(id.value())).execute();
        db.update(ACCOUNT)
                .set(ACCOUNT.EMAIL, "erased-" + id.value() + "@erased.invalid")
                .set(ACCOUNT.DISPLAY_NAME, "Erased person")
                .set(ACCOUNT.PASSWORD_HASH, unguessablePasswordHash)
                .set(ACCOUNT.ACTIVE, false)
                .where(ACCOUNT.ID.eq(id.value()))
                .execute();
    }

    static Account toAccount(AccountRecord row) {
        return new Account(new TenantId(row.getTenantId()), new AccountId(row.getId()), row.getEmail(),
                row.getDisplayName(), row.getActive());
    }
}
