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
import static sharewell.db.accounts.Tables.BROWSER_SESSION;
import static sharewell.db.accounts.Tables.RECOVERY_CODE;
import static sharewell.db.accounts.Tables.SECOND_STEP;
import static sharewell.db.accounts.Tables.EMAILED_LINK;

/**
 * The login table (and the rows that end with a login's sessions), under row-level security for the bound tenant: a login of one
 * organisation is simply not there at another's address. Emails are stored normalised.
 */
@Component
class AccountStore {

    /**
     * A login with its password hash, for signing in; never leaves this module.
     *
     * @param confirmBy when its time to confirm its address runs out, if it is unconfirmed
     */
    record Credentials(Account account, String passwordHash, @Nullable Instant confirmBy) {

        /** Whether its address went unconfirmed for too long, so that it may not sign in. */
        boolean expiredAt(Instant now) {
            return confirmBy != null && !confirmBy.isAfter(now);
        }
    }

    /** How long a login may go on with an unconfirmed address: two weeks, twice the life of a link. */
    static final java.time.Duration UNCONFIRMED_LOGINS_LAST = java.time.Duration.ofDays(14);

    private final DSLContext db;

    AccountStore(DSLContext db) {
        this.db = db;
    }

    /**
     * @param confirmedAt when the address was proved the person's, or null if it has not been
     * @param now         the time now, from which an unconfirmed login's time runs
     */
    Account insert(String email, String displayName, String passwordHash, @Nullable Instant confirmedAt, Instant now) {
        return toAccount(db.insertInto(ACCOUNT)
                .set(ACCOUNT.TENANT_ID, TenantScope.required().value())
                .set(ACCOUNT.ID, AccountId.random().value())
                .set(ACCOUNT.EMAIL, EmailAddresses.normalise(email))
                .set(ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.EMAIL_CONFIRMED_AT, confirmedAt)
                .set(ACCOUNT.CONFIRM_BY, confirmedAt == null ? now.plus(UNCONFIRMED_LOGINS_LAST) : null)
                .returning()
                .fetchSingle());
    }

    /** Whether the bound organisation has any login at all. */
    boolean anyLogin() {
        return db.fetchExists(ACCOUNT);
    }

    Optional<Account> find(AccountId id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional().map(AccountStore::toAccount);
    }

    Optional<Credentials> credentialsOf(String email) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.EMAIL.eq(EmailAddresses.normalise(email))).fetchOptional()
                .map(row -> new Credentials(toAccount(row), row.getPasswordHash(), row.getConfirmBy()));
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
        db.update(ACCOUNT).set(ACCOUNT.EMAIL_CONFIRMED_AT, now).setNull(ACCOUNT.CONFIRM_BY)
                .where(ACCOUNT.ID.eq(id.value())).execute();
    }

    /** A new address, proved the login's by the link sent to it. */
    void changeEmail(AccountId id, String newEmail, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.EMAIL, EmailAddresses.normalise(newEmail)).set(ACCOUNT.EMAIL_CONFIRMED_AT, now)
                .setNull(ACCOUNT.CONFIRM_BY).where(ACCOUNT.ID.eq(id.value())).execute();
    }

    /** The time by which an unconfirmed login must be confirmed, if it is unconfirmed. */
    Optional<Instant> confirmBy(AccountId id) {
        return db.select(ACCOUNT.CONFIRM_BY).from(ACCOUNT).where(ACCOUNT.ID.eq(id.value()))
                .fetchOptional(ACCOUNT.CONFIRM_BY);
    }

    /** A login may sign in while active, and, if its address is unconfirmed, until its time to confirm runs out. */
    static org.jooq.Condition mayStillSignIn(Instant now) {
        return ACCOUNT.ACTIVE.isTrue().and(ACCOUNT.CONFIRM_BY.isNull().or(ACCOUNT.CONFIRM_BY.gt(now)));
    }

    /**
     * A login stopped from signing in is signed out everywhere for good: its API tokens are deleted and
     * its browser sessions end, so that letting it sign in again brings back nothing that may have been
     * handed on meanwhile. The person signs in afresh.
     */
    void changeActive(AccountId id, boolean active, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(id.value())).execute();
        if (!active) {
            signOutEverywhere(id);
        }
    }

    /** Ends every browser session (each finds itself signed out on its next request) and deletes every API token. */
    void signOutEverywhere(AccountId id) {
        db.deleteFrom(BROWSER_SESSION).where(BROWSER_SESSION.ACCOUNT_ID.eq(id.value())).execute();
        deleteApiTokens(id);
    }

    /**
     * Anonymises the login for good: its email and name are replaced, its password can never match
     * (a hash of a secret nobody knows), and its API tokens are deleted.
     */
    void erase(AccountId id, String unguessablePasswordHash) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(id.value())).execute();
        db.deleteFrom(EMAILED_LINK).where(EMAILED_LINK.ACCOUNT_ID.eq(id.value())).execute();
        db.deleteFrom(BROWSER_SESSION).where(BROWSER_SESSION.ACCOUNT_ID.eq(id.value())).execute();
        db.deleteFrom(SECOND_STEP).where(SECOND_STEP.ACCOUNT_ID.eq(id.value())).execute();
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(id.value())).execute();
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
