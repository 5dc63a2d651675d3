package org.sharewell.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Two-step sign-in: after the password, a code from an authenticator app (TOTP, RFC 6238, 30-second
 * codes of six digits) or one of ten one-time recovery codes. Each person turns it on for their own
 * login; an organisation's admins may require it of everyone holding the key roles that see
 * volunteers' personal data (admin and coordinator). Until such a person turns it on, their login
 * signs in without those roles. A code is accepted once; five wrong codes in a row lock the second
 * step for fifteen minutes. Changes to the organisation's rule are audited.
 */
public interface TwoStepSignIn {

    /** The ten recovery codes a login gets when it turns two-step sign-in on, or asks for new ones. */
    int RECOVERY_CODES = 10;

    /** Whether the signed-in login has two-step sign-in on. */
    boolean isOn();

    /** How many unused recovery codes the signed-in login has. */
    int recoveryCodesLeft();

    /**
     * Starts setting up an authenticator app: a new secret, replacing any unfinished set-up. Nothing
     * changes for signing in until {@link #finishSetUp} is given a code the app made from it.
     *
     * @throws org.sharewell.kernel.InvalidInput ("code") if two-step sign-in is on already
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    AuthenticatorSetUp beginSetUp();

    /**
     * Turns two-step sign-in on, given a code the app made from the secret of {@link #beginSetUp},
     * and answers the login's recovery codes, which are shown this once and stored only as hashes.
     * This browser session counts as having passed the second step; every other one must give a code.
     *
     * @throws org.sharewell.kernel.InvalidInput ("code") if the code is wrong or no set-up was begun
     */
    List<String> finishSetUp(String code);

    /**
     * New recovery codes, given the current password; the old ones stop working.
     *
     * @throws org.sharewell.kernel.InvalidInput ("currentPassword") if the password is wrong, or
     *         ("code") if two-step sign-in is off
     */
    List<String> newRecoveryCodes(String currentPassword);

    /**
     * Turns two-step sign-in off, given the current password.
     *
     * @throws org.sharewell.kernel.InvalidInput ("currentPassword") if the password is wrong, or
     *         ("code") if the organisation requires it of the login's key roles
     */
    void turnOff(String currentPassword);

    /** Whether the organisation requires two-step sign-in of its admins and coordinators. Anyone signed in may ask. */
    boolean requiredOfKeyRoles();

    /**
     * Requires (or stops requiring) two-step sign-in of the organisation's admins and coordinators.
     * Admins only; audited.
     *
     * @throws org.sharewell.kernel.InvalidInput ("required") when requiring it of others before the
     *         admin has turned it on for themselves
     * @throws org.springframework.security.access.AccessDeniedException if the caller is not an admin
     */
    void requireOfKeyRoles(boolean required);

    /**
     * Whether the signed-in login holds a key role the organisation requires two-step sign-in for,
     * without having turned it on, and so is signed in without that role for now.
     */
    boolean isMissingForKeyRole();

    /** The login that gave its password in this browser session and has still to give a code. */
    Optional<Account> awaitingSecondStep();

    /**
     * Completes signing in for the login awaiting its second step in this browser session, with a
     * code from its app or one of its recovery codes (which then works no more). The session gets a
     * new id, as at any sign-in.
     *
     * @throws org.sharewell.kernel.InvalidInput ("code") if the code is wrong, used already, or the
     *         second step is locked after too many wrong codes; or if no sign-in awaits a code
     */
    void completeSignIn(String code);
}
