package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AuthenticatorSetUp;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The second step of signing in, for the browser and for API tokens alike: a code from the login's
 * authenticator app, or one of its recovery codes. Wrong codes are counted; after
 * {@value #WRONG_CODES_ALLOWED} in a row the step is locked for a while, since six digits could
 * otherwise be guessed. A code's failure and success are written even when the caller's change is
 * refused, so the count cannot be reset by failing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SecondSteps {

    static final int WRONG_CODES_ALLOWED = 5;
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    static final String WRONG_CODE = "That code is not right. Type the six digits your authenticator app shows now, "
            + "or one of your recovery codes.";

    private final SecondStepStore store;
    private final Clock clock;

    SecondSteps(SecondStepStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    boolean isOn(Account login) {
        return store.isOn(login.id());
    }

    AuthenticatorSetUp begin(Account login, String organisationName) {
        if (store.isOn(login.id())) {
            throw InvalidInput.of("code", "Two-step sign-in is on already. Turn it off first to use a new app.");
        }
        byte[] secret = AuthenticatorCodes.newSecret();
        store.begin(login.id(), secret);
        return AuthenticatorCodes.setUp(secret, organisationName, login.email());
    }

    /** Turns it on from the first code the app made; answers the new recovery codes. */
    List<String> finish(Account login, String code) {
        var authenticator = store.authenticatorOf(login.id())
                .filter(found -> !found.confirmed())
                .orElseThrow(() -> InvalidInput.of("code", "Start setting up your authenticator app first."));
        var now = clock.instant();
        var step = AuthenticatorCodes.stepOf(code, authenticator.secret(), now, authenticator.lastUsedStep());
        if (step.isEmpty()) {
            throw InvalidInput.of("code", "That code is not right. Type the six digits your app shows for Sharewell now.");
        }
        store.accepted(login.id(), step.getAsLong(), now);
        return newRecoveryCodes(login);
    }

    List<String> newRecoveryCodes(Account login) {
        var codes = RecoveryCodes.newCodes(TwoStepSignIn.RECOVERY_CODES);
        store.replaceRecoveryCodes(login.id(), codes);
        return codes;
    }

    /**
     * Checks a code for a login with two-step sign-in on.
     *
     * @throws InvalidInput ("code") if it is wrong or the step is locked
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = InvalidInput.class)
    void check(Account login, String code) {
        var authenticator = store.authenticatorOf(login.id()).filter(SecondStepStore.Authenticator::confirmed)
                .orElseThrow(() -> new IllegalStateException("Two-step sign-in is off for this login"));
        var now = clock.instant();
        if (authenticator.lockedUntil().filter(now::isBefore).isPresent()) {
            throw InvalidInput.of("code", "There have been too many wrong codes. Try again after "
                    + UkTime.inUk(authenticator.lockedUntil().get()).toLocalTime().withNano(0).withSecond(0) + ".");
        }
        var step = AuthenticatorCodes.stepOf(code, authenticator.secret(), now, authenticator.lastUsedStep());
        if (step.isPresent()) {
            store.accepted(login.id(), step.getAsLong(), now);
            return;
        }
        if (RecoveryCodes.looksLikeOne(code) && store.useRecoveryCode(login.id(), RecoveryCodes.normalise(code))) {
            store.accepted(login.id(), authenticator.lastUsedStep(), now);
            return;
        }
        store.refused(login.id(), WRONG_CODES_ALLOWED, now.plus(LOCKED_FOR));
        throw InvalidInput.of("code", WRONG_CODE);
    }

    void turnOff(Account login) {
        store.remove(login.id());
    }

    int recoveryCodesLeft(Account login) {
        return store.recoveryCodesLeft(login.id());
    }

    boolean requiredOfKeyRoles() {
        return store.requiredOfKeyRoles();
    }
}
