package org.sharewell.accounts;

import java.util.Optional;

/** The logins of the current tenant. */
public interface Accounts {

    /** The login of the person making the current request, if someone is signed in. */
    Optional<Account> signedIn();

    Optional<Account> findByEmail(String email);

    /**
     * Creates a login in the current tenant's transaction, for a person who accepted an invitation.
     * Its email address counts as confirmed: the invitation's link was emailed to it.
     *
     * @throws org.sharewell.kernel.InvalidInput if the email is in use or the password is weak
     */
    Account create(String email, String displayName, String password);

    /**
     * Whether the signed-in login's email address is confirmed, that is, proved to be its owner's by
     * a link emailed to it. An unconfirmed address is proof of nothing: an umbrella body's invitation
     * sent to it is not shown to the organisation, nor may it be accepted without its own link.
     */
    boolean hasConfirmedEmail();

    /**
     * Emails the signed-in login a new link to confirm its address, at the organisation's own web
     * address; an earlier link stops working. Anyone signed in may ask, for their own login only.
     *
     * @throws org.sharewell.kernel.InvalidInput ("email") if the address is confirmed already
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    void sendEmailConfirmation();

    /** The login waiting for confirmation behind a link's token, at this organisation's address, while the link works. */
    Optional<Account> findAwaitingConfirmation(String token);

    /**
     * Confirms a login's email address from the link emailed to it. Needs nobody signed in: having
     * the link is the proof. The link works once. Publishes nothing: the change is the login's own.
     *
     * @throws org.sharewell.kernel.InvalidInput ("token") if the link has expired, been used or
     *         belongs to no login at this address; nothing changes
     */
    void confirmEmail(String token);

    /**
     * Changes the signed-in login's password, given the one it has now, and emails the login's
     * address to say so (so a change the owner did not make is noticed). Sessions and tokens go on.
     *
     * @throws org.sharewell.kernel.InvalidInput ("currentPassword") if the current password is wrong,
     *         or ("newPassword") if the new one breaks a rule; nothing changes
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    void changePassword(String currentPassword, String newPassword);

    /**
     * For a forgotten password: emails a link to choose a new one to the address, if it is an active
     * login's at this organisation, and answers the same whether or not it is, so that asking tells
     * nobody who has a login. Needs nobody signed in. A new link replaces an earlier one.
     */
    void askForNewPassword(String email);

    /** The login behind a link to choose a new password, at this organisation's address, while the link works. */
    Optional<Account> findAwaitingNewPassword(String token);

    /**
     * Sets the password from the emailed link, which then works no more; the login is signed out
     * everywhere (every session and API token), and the address counts as confirmed (the link was
     * emailed to it).
     *
     * @throws org.sharewell.kernel.InvalidInput ("token") if the link no longer works, or
     *         ("newPassword") if the password breaks a rule; nothing changes
     */
    void chooseNewPassword(String token, String newPassword);

    /**
     * Asks to change the signed-in login's email address, given the current password: a link is
     * emailed to the new address, and only when it is followed (within a day) does the login change,
     * its new address counting as confirmed, and the old address is told. A new request replaces an
     * earlier one.
     *
     * @throws org.sharewell.kernel.InvalidInput ("currentPassword") if the password is wrong, or
     *         ("newEmail") if the address is not valid, is the login's own, or has a login here already
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    void changeEmail(String currentPassword, String newEmail);

    /** The change of address behind a link's token, at this organisation's address, while the link works. */
    Optional<EmailChange> findAwaitingNewEmail(String token);

    /**
     * Changes the login's address to the one the link was sent to, which then counts as confirmed,
     * and tells the old address. Needs nobody signed in: having the link is the proof.
     *
     * @throws org.sharewell.kernel.InvalidInput ("token") if the link no longer works, or
     *         ("newEmail") if the address has been given a login here meanwhile; nothing changes
     */
    void confirmNewEmail(String token);

    /**
     * Signs the signed-in login out everywhere: every browser session (this one too) ends on its next
     * request, and every API token is deleted.
     *
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    void signOutEverywhere();

    /**
     * Stops a login from signing in (at once: sessions and tokens stop working on their next request;
     * its tokens are deleted and its sessions ended, so they do not come back), or lets it sign in again.
     */
    void changeActive(AccountId account, boolean active);

    /**
     * Anonymises a login for erasure: its email and name are replaced, it can never sign in again,
     * and its API tokens are deleted.
     */
    void erase(AccountId account);

    /**
     * Runs automatic work (such as loading the demo world) as if the login were signed in, with the
     * authorities it has now; whatever was signed in before is restored afterwards. Never exposed to
     * requests: it must only be used by code acting on Sharewell's own behalf.
     */
    void actAs(AccountId account, Runnable work);
}
