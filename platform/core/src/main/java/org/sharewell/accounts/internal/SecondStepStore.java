package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.AccountId;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static sharewell.db.accounts.Tables.RECOVERY_CODE;
import static sharewell.db.accounts.Tables.SECOND_STEP;
import static sharewell.db.accounts.Tables.SIGN_IN_RULE;

/** Authenticator secrets, recovery codes (as hashes) and the organisation's sign-in rule, under row-level security. */
@Component
class SecondStepStore {

    /** A login's authenticator, set up or being set up. */
    record Authenticator(byte[] secret, boolean confirmed, long lastUsedStep, int failures, Optional<Instant> lockedUntil) {
    }

    private final DSLContext db;

    SecondStepStore(DSLContext db) {
        this.db = db;
    }

    Optional<Authenticator> authenticatorOf(AccountId login) {
        return db.selectFrom(SECOND_STEP).where(SECOND_STEP.ACCOUNT_ID.eq(login.value())).fetchOptional()
                .map(row -> new Authenticator(row.getSecret(), row.getConfirmedAt() != null, row.getLastUsedStep(),
                        row.getFailures(), Optional.ofNullable(row.getLockedUntil())));
    }

    boolean isOn(AccountId login) {
        return db.fetchExists(SECOND_STEP, SECOND_STEP.ACCOUNT_ID.eq(login.value()), SECOND_STEP.CONFIRMED_AT.isNotNull());
    }

    /** A set-up begun: replaces an unfinished one (never one that is on: the caller checks). */
    void begin(AccountId login, byte[] secret) {
        db.insertInto(SECOND_STEP)
                .set(SECOND_STEP.TENANT_ID, TenantScope.required().value())
                .set(SECOND_STEP.ACCOUNT_ID, login.value())
                .set(SECOND_STEP.SECRET, secret)
                .onConflict(SECOND_STEP.TENANT_ID, SECOND_STEP.ACCOUNT_ID).doUpdate()
                .set(SECOND_STEP.SECRET, secret)
                .set(SECOND_STEP.LAST_USED_STEP, 0L)
                .set(SECOND_STEP.FAILURES, 0)
                .setNull(SECOND_STEP.LOCKED_UNTIL)
                .where(SECOND_STEP.CONFIRMED_AT.isNull())
                .execute();
    }

    /** A code accepted: no code of that step or before works again, and the count of failures starts afresh. */
    void accepted(AccountId login, long step, Instant now) {
        db.update(SECOND_STEP)
                .set(SECOND_STEP.LAST_USED_STEP, step)
                .set(SECOND_STEP.FAILURES, 0)
                .setNull(SECOND_STEP.LOCKED_UNTIL)
                .set(SECOND_STEP.CONFIRMED_AT, org.jooq.impl.DSL.coalesce(SECOND_STEP.CONFIRMED_AT, org.jooq.impl.DSL.val(now)))
                .where(SECOND_STEP.ACCOUNT_ID.eq(login.value()))
                .execute();
    }

    /** A wrong code: counted, and once there have been {@code limit} in a row the second step is locked until then. */
    void refused(AccountId login, int limit, Instant lockUntil) {
        db.update(SECOND_STEP)
                .set(SECOND_STEP.FAILURES, org.jooq.impl.DSL.when(SECOND_STEP.FAILURES.plus(1).ge(limit), 0)
                        .otherwise(SECOND_STEP.FAILURES.plus(1)))
                .set(SECOND_STEP.LOCKED_UNTIL, org.jooq.impl.DSL.when(SECOND_STEP.FAILURES.plus(1).ge(limit), lockUntil)
                        .otherwise(SECOND_STEP.LOCKED_UNTIL))
                .where(SECOND_STEP.ACCOUNT_ID.eq(login.value()))
                .execute();
    }

    void remove(AccountId login) {
        db.deleteFrom(SECOND_STEP).where(SECOND_STEP.ACCOUNT_ID.eq(login.value())).execute();
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(login.value())).execute();
    }

    void replaceRecoveryCodes(AccountId login, List<String> codes) {
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(login.value())).execute();
        var insert = db.insertInto(RECOVERY_CODE, RECOVERY_CODE.TENANT_ID, RECOVERY_CODE.ACCOUNT_ID, RECOVERY_CODE.CODE_HASH);
        for (String code : codes) {
            insert = insert.values(TenantScope.required().value(), login.value(), SecretTokens.hash(code));
        }
        insert.execute();
    }

    /** Uses up a recovery code: answers whether it was one of the login's unused ones. */
    boolean useRecoveryCode(AccountId login, String code) {
        return db.deleteFrom(RECOVERY_CODE)
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(login.value()), RECOVERY_CODE.CODE_HASH.eq(SecretTokens.hash(code)))
                .execute() == 1;
    }

    int recoveryCodesLeft(AccountId login) {
        return db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID.eq(login.value()));
    }

    boolean requiredOfKeyRoles() {
        return db.select(SIGN_IN_RULE.SECOND_STEP_FOR_KEY_ROLES).from(SIGN_IN_RULE).fetchOptional(SIGN_IN_RULE.SECOND_STEP_FOR_KEY_ROLES)
                .orElse(false);
    }

    void requireOfKeyRoles(boolean required) {
        db.insertInto(SIGN_IN_RULE)
                .set(SIGN_IN_RULE.TENANT_ID, TenantScope.required().value())
                .set(SIGN_IN_RULE.SECOND_STEP_FOR_KEY_ROLES, required)
                .onConflict(SIGN_IN_RULE.TENANT_ID).doUpdate()
                .set(SIGN_IN_RULE.SECOND_STEP_FOR_KEY_ROLES, required)
                .execute();
    }
}
