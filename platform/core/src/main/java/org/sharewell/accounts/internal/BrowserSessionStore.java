package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.BrowserSession;
import org.sharewell.accounts.BrowserSessionId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.BROWSER_SESSION;

/** The signed-in browser sessions of the bound tenant's logins, under row-level security. */
@Component
class BrowserSessionStore {

    private final DSLContext db;

    BrowserSessionStore(DSLContext db) {
        this.db = db;
    }

    BrowserSessionId insert(AccountId login, String device, Instant now) {
        var id = new BrowserSessionId(UUID.randomUUID());
        db.insertInto(BROWSER_SESSION)
                .set(BROWSER_SESSION.TENANT_ID, TenantScope.required().value())
                .set(BROWSER_SESSION.ID, id.value())
                .set(BROWSER_SESSION.ACCOUNT_ID, login.value())
                .set(BROWSER_SESSION.DEVICE, device)
                .set(BROWSER_SESSION.SIGNED_IN_AT, now)
                .set(BROWSER_SESSION.LAST_SEEN_AT, now)
                .execute();
        return id;
    }

    /**
     * The login, if the session is still one of its own and the login may still sign in. Its last
     * use is written only when older than {@code touchEvery}, so most requests write nothing.
     */
    Optional<Account> stillSignedIn(AccountId login, BrowserSessionId session, Instant now, Duration touchEvery) {
        var found = db.select(ACCOUNT.fields()).select(BROWSER_SESSION.LAST_SEEN_AT).from(BROWSER_SESSION)
                .join(ACCOUNT).on(ACCOUNT.TENANT_ID.eq(BROWSER_SESSION.TENANT_ID), ACCOUNT.ID.eq(BROWSER_SESSION.ACCOUNT_ID))
                .where(BROWSER_SESSION.ID.eq(session.value()), BROWSER_SESSION.ACCOUNT_ID.eq(login.value()),
                        AccountStore.mayStillSignIn(now))
                .fetchOptional();
        found.filter(row -> row.get(BROWSER_SESSION.LAST_SEEN_AT).isBefore(now.minus(touchEvery)))
                .ifPresent(row -> db.update(BROWSER_SESSION).set(BROWSER_SESSION.LAST_SEEN_AT, now)
                        .where(BROWSER_SESSION.ID.eq(session.value())).execute());
        return found.map(row -> AccountStore.toAccount(row.into(ACCOUNT)));
    }

    /** The login's sessions used since {@code since}, the most recently used first. */
    List<BrowserSession> of(AccountId login, Instant since, Optional<BrowserSessionId> current) {
        return db.selectFrom(BROWSER_SESSION)
                .where(BROWSER_SESSION.ACCOUNT_ID.eq(login.value()), BROWSER_SESSION.LAST_SEEN_AT.gt(since))
                .orderBy(BROWSER_SESSION.LAST_SEEN_AT.desc())
                .fetch(row -> new BrowserSession(new BrowserSessionId(row.getId()), row.getDevice(), row.getSignedInAt(),
                        row.getLastSeenAt(), current.map(id -> id.value().equals(row.getId())).orElse(false)));
    }

    /** Answers whether the session was the login's. */
    boolean delete(AccountId login, BrowserSessionId session) {
        return db.deleteFrom(BROWSER_SESSION)
                .where(BROWSER_SESSION.ID.eq(session.value()), BROWSER_SESSION.ACCOUNT_ID.eq(login.value())).execute() == 1;
    }

    void deleteAll(AccountId login) {
        db.deleteFrom(BROWSER_SESSION).where(BROWSER_SESSION.ACCOUNT_ID.eq(login.value())).execute();
    }

    /** Sessions not used since then have ended by themselves (the HTTP session timed out). */
    void deleteUnusedSince(AccountId login, Instant since) {
        db.deleteFrom(BROWSER_SESSION)
                .where(BROWSER_SESSION.ACCOUNT_ID.eq(login.value()), BROWSER_SESSION.LAST_SEEN_AT.le(since)).execute();
    }
}
