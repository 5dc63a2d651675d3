package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.API_TOKEN;

/** The API token table, holding only SHA-256 hashes of the tokens, under row-level security for the bound tenant. */
@Component
class ApiTokenStore {

    private final DSLContext db;

    ApiTokenStore(DSLContext db) {
        this.db = db;
    }

    void insert(AccountId account, String token, String label, Instant expiresAt) {
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.TENANT_ID, TenantScope.required().value())
                .set(API_TOKEN.ID, UUID.randomUUID())
                .set(API_TOKEN.ACCOUNT_ID, account.value())
                .set(API_TOKEN.TOKEN_HASH, SecretTokens.hash(token))
                .set(API_TOKEN.LABEL, label)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The active login an unexpired token of the bound tenant belongs to. */
    Optional<Account> activeLoginOf(String token, Instant now) {
        return db.select(ACCOUNT.fields()).from(API_TOKEN)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(API_TOKEN.TENANT_ID), ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)), API_TOKEN.EXPIRES_AT.gt(now),
                        ACCOUNT.ACTIVE.isTrue())
                .fetchOptional()
                .map(row -> AccountStore.toAccount(row.into(ACCOUNT)));
    }

    void delete(String token) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token))).execute();
    }
}
