package org.sharewell.accounts;

import java.util.Optional;

/** The logins of the current tenant. */
public interface Accounts {

    /** The login of the person making the current request, if someone is signed in. */
    Optional<Account> signedIn();

    Optional<Account> findByEmail(String email);
}
