package org.sharewell.accounts;

import java.util.Optional;

/** The logins of the current tenant. */
public interface Accounts {

    /** The login of the person making the current request, if someone is signed in. */
    Optional<Account> signedIn();

    Optional<Account> findByEmail(String email);

    /**
     * Creates a login in the current tenant's transaction, for a person who accepted an invitation.
     *
     * @throws org.sharewell.kernel.InvalidInput if the email is in use or the password is weak
     */
    Account create(String email, String displayName, String password);

    /** Stops a login from signing in (at once: sessions and tokens stop working on their next request), or lets it again. */
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
