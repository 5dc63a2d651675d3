package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.ApiTokenId;
import org.sharewell.accounts.IssuedToken;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
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

    void insert(AccountId account, String token, String label, Instant now, Instant expiresAt) {
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.TENANT_ID, TenantScope.required().value())
                .set(API_TOKEN.ID, UUID.randomUUID())
                .set(API_TOKEN.ACCOUNT_ID, account.value())
                .set(API_TOKEN.TOKEN_HASH, SecretTokens.hash(token))
                .set(API_TOKEN.LABEL, label)
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The active login an unexpired token of the bound tenant belongs to. */
    Optional<Account> activeLoginOf(String token, Instant now) {
        return db.select(ACCOUNT.fields()).from(API_TOKEN)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(API_TOKEN.TENANT_ID), ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)), API_TOKEN.EXPIRES_AT.gt(now),
                        AccountStore.mayStillSignIn(now))
                .fetchOptional()
                .map(row -> AccountStore.toAccount(row.into(ACCOUNT)));
    }

    /** The login's tokens that have not expired, the newest first. */
    List<IssuedToken> of(AccountId account, Instant now) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(account.value()), API_TOKEN.EXPIRES_AT.gt(now))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(row -> new IssuedToken(new ApiTokenId(row.getId()), row.getLabel(), row.getCreatedAt(), row.getExpiresAt()));
    }

    /** Answers whether the token was the login's. */
    boolean delete(AccountId account, ApiTokenId token) {
        return db.deleteFrom(API_TOKEN).where(API_TOKEN.ID.eq(token.value()), API_TOKEN.ACCOUNT_ID.eq(account.value()))
                .execute() == 1;
    }

    void delete(String token) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token))).execute();
    }
}
