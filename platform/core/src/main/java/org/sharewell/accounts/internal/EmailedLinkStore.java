package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.EmailChange;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.EMAILED_LINK;

/** The open links emailed to logins, one of each purpose per login, under row-level security for the bound tenant. */
@Component
class EmailedLinkStore {

    private final DSLContext db;

    EmailedLinkStore(DSLContext db) {
        this.db = db;
    }

    /** Keeps the login's one open link of the purpose: a new one replaces any before it. */
    void save(EmailedLinks.Purpose purpose, AccountId id, byte[] tokenHash, @Nullable String newEmail, Instant now,
              Instant expiresAt) {
        db.insertInto(EMAILED_LINK)
                .set(EMAILED_LINK.TENANT_ID, TenantScope.required().value())
                .set(EMAILED_LINK.ACCOUNT_ID, id.value())
                .set(EMAILED_LINK.PURPOSE, purpose.name())
                .set(EMAILED_LINK.TOKEN_HASH, tokenHash)
                .set(EMAILED_LINK.NEW_EMAIL, newEmail == null ? null : EmailAddresses.normalise(newEmail))
                .set(EMAILED_LINK.EXPIRES_AT, expiresAt)
                .set(EMAILED_LINK.CREATED_AT, now)
                .onConflict(EMAILED_LINK.TENANT_ID, EMAILED_LINK.ACCOUNT_ID, EMAILED_LINK.PURPOSE)
                .doUpdate()
                .set(EMAILED_LINK.TOKEN_HASH, tokenHash)
                .set(EMAILED_LINK.NEW_EMAIL, newEmail == null ? null : EmailAddresses.normalise(newEmail))
                .set(EMAILED_LINK.EXPIRES_AT, expiresAt)
                .set(EMAILED_LINK.CREATED_AT, now)
                .execute();
    }

    /** The active login whose open link of the purpose this is, if the link has not expired. */
    Optional<Account> awaiting(EmailedLinks.Purpose purpose, byte[] tokenHash, Instant now) {
        return db.select(ACCOUNT.fields()).from(EMAILED_LINK)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(EMAILED_LINK.TENANT_ID), ACCOUNT.ID.eq(EMAILED_LINK.ACCOUNT_ID))
                .where(EMAILED_LINK.PURPOSE.eq(purpose.name()), EMAILED_LINK.TOKEN_HASH.eq(tokenHash),
                        EMAILED_LINK.EXPIRES_AT.gt(now), ACCOUNT.ACTIVE.isTrue())
                .fetchOptional(row -> AccountStore.toAccount(row.into(ACCOUNT)));
    }

    /** The change of address whose open link this is, if the link has not expired and the login is active. */
    Optional<EmailChange> awaitingNewEmail(byte[] tokenHash, Instant now) {
        return db.select(ACCOUNT.fields()).select(EMAILED_LINK.NEW_EMAIL).from(EMAILED_LINK)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(EMAILED_LINK.TENANT_ID), ACCOUNT.ID.eq(EMAILED_LINK.ACCOUNT_ID))
                .where(EMAILED_LINK.PURPOSE.eq(EmailedLinks.Purpose.CHANGE_EMAIL.name()), EMAILED_LINK.TOKEN_HASH.eq(tokenHash),
                        EMAILED_LINK.EXPIRES_AT.gt(now), ACCOUNT.ACTIVE.isTrue())
                .fetchOptional(row -> new EmailChange(AccountStore.toAccount(row.into(ACCOUNT)), row.get(EMAILED_LINK.NEW_EMAIL)));
    }

    /** Closes the login's link of the purpose, which then works no more. */
    void close(EmailedLinks.Purpose purpose, AccountId id) {
        db.deleteFrom(EMAILED_LINK).where(EMAILED_LINK.ACCOUNT_ID.eq(id.value()), EMAILED_LINK.PURPOSE.eq(purpose.name()))
                .execute();
    }
}
