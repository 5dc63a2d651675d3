package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.kernel.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;


/**
 * Bearer tokens for the REST API. A token is shown once, when issued; only its SHA-256 hash is kept,
 * so a copy of the database cannot be used to call the API. Tokens last {@value #LIFETIME_DAYS} days.
 */
@Component
@Transactional
class ApiTokens {

    static final int LIFETIME_DAYS = 90;
    private static final String PREFIX = "swt_";

    private final ApiTokenStore store;
    private final Clock clock;
    private final AuthorityLookup authorities;

    ApiTokens(ApiTokenStore store, Clock clock, AuthorityLookup authorities) {
        this.store = store;
        this.clock = clock;
        this.authorities = authorities;
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(Account account, String label) {
        String token = PREFIX + SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(LIFETIME_DAYS));
        store.insert(account.id(), token, label, now, expiresAt);
        return new Issued(token, expiresAt);
    }

    /** The active login a live token of the current tenant belongs to; tokens of other tenants are invisible. */
    @Transactional(readOnly = true)
    Optional<SharewellUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return store.activeLoginOf(token, clock.instant())
                .map(account -> new SharewellUser(account, null, authorities.of(account)));
    }

    void revoke(String token) {
        store.delete(token);
    }
}
