package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.accounts.tables.records.AccountRecord;

import java.time.Instant;
import java.util.Optional;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.API_TOKEN;
import static sharewell.db.accounts.Tables.EMAILED_LINK;

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

    /** @param confirmedAt when the address was proved the person's, or null if it has not been */
    Account insert(String email, String displayName, String passwordHash, @Nullable Instant confirmedAt) {
        return toAccount(db.insertInto(ACCOUNT)
                .set(ACCOUNT.TENANT_ID, TenantScope.required().value())
                .set(ACCOUNT.ID, AccountId.random().value())
                .set(ACCOUNT.EMAIL, EmailAddresses.normalise(email))
                .set(ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.EMAIL_CONFIRMED_AT, confirmedAt)
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

    void changePasswordHash(AccountId id, String passwordHash) {
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).where(ACCOUNT.ID.eq(id.value())).execute();
    }

    Optional<String> passwordHashOf(AccountId id) {
        return db.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional(ACCOUNT.PASSWORD_HASH);
    }

    boolean isConfirmed(AccountId id) {
        return db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id.value()), ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull());
    }

    void deleteApiTokens(AccountId id) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(id.value())).execute();
    }

    /** Marks the address confirmed: proved to be the login's owner's. */
    void confirm(AccountId id, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.EMAIL_CONFIRMED_AT, now).where(ACCOUNT.ID.eq(id.value())).execute();
    }

    /**
     * A login stopped from signing in is signed out everywhere for good: its API tokens are deleted and
     * its browser sessions end, so that letting it sign in again brings back nothing that may have been
     * handed on meanwhile. The person signs in afresh.
     */
    void changeActive(AccountId id, boolean active, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(id.value())).execute();
        if (!active) {
            signOutEverywhere(id, now);
        }
    }

    /** Ends every browser session signed in before now, and deletes every API token. */
    void signOutEverywhere(AccountId id, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.SIGNED_OUT_BEFORE, now).where(ACCOUNT.ID.eq(id.value())).execute();
        deleteApiTokens(id);
    }

    /** The login, if it is active and its browser session, signed in at that time, has not been ended since. */
    Optional<Account> findStillSignedIn(AccountId id, Instant signedInAt) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value()), ACCOUNT.ACTIVE.isTrue(),
                        ACCOUNT.SIGNED_OUT_BEFORE.isNull().or(ACCOUNT.SIGNED_OUT_BEFORE.le(signedInAt)))
                .fetchOptional().map(AccountStore::toAccount);
    }

    /**
     * Anonymises the login for good: its email and name are replaced, its password can never match
     * (a hash of a secret nobody knows), and its API tokens are deleted.
     */
    void erase(AccountId id, String unguessablePasswordHash) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(id.value())).execute();
        db.deleteFrom(EMAILED_LINK).where(EMAILED_LINK.ACCOUNT_ID.eq(id.value())).execute();
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
