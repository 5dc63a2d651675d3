package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.API_TOKEN;

/**
 * Bearer tokens for the REST API. A token is shown once, when issued; only its SHA-256 hash is kept,
 * so a copy of the database cannot be used to call the API. Tokens last {@value #LIFETIME_DAYS} days.
 */
@Component
@Transactional
class ApiTokens {

    static final int LIFETIME_DAYS = 90;
    private static final String PREFIX = "swt_";

    private final DSLContext db;
    private final Clock clock;
    private final AuthorityLookup authorities;

    ApiTokens(DSLContext db, Clock clock, AuthorityLookup authorities) {
        this.db = db;
        this.clock = clock;
        this.authorities = authorities;
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(Account account, String label) {
        String token = PREFIX + SecretTokens.newToken();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(LIFETIME_DAYS));
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.TENANT_ID, TenantScope.required().value())
                .set(API_TOKEN.ID, UUID.randomUUID())
                .set(API_TOKEN.ACCOUNT_ID, account.id().value())
                .set(API_TOKEN.TOKEN_HASH, SecretTokens.hash(token))
                .set(API_TOKEN.LABEL, label)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
        return new Issued(token, expiresAt);
    }

    /** The active login a live token of the current tenant belongs to; tokens of other tenants are invisible. */
    @Transactional(readOnly = true)
    Optional<SharewellUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return db.select(ACCOUNT.fields()).from(API_TOKEN)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(API_TOKEN.TENANT_ID), ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token)),
                        API_TOKEN.EXPIRES_AT.gt(clock.instant()),
                        ACCOUNT.ACTIVE.isTrue())
                .fetchOptional()
                .map(row -> JooqAccounts.toAccount(row.into(ACCOUNT)))
                .map(account -> new SharewellUser(account, null, authorities.of(account)));
    }

    void revoke(String token) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(SecretTokens.hash(token))).execute();
    }
}
