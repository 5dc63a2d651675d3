package org.sharewell.accounts;

import java.util.Set;

/**
 * Works out what a login may do right now, as Spring Security authorities (such as {@code ROLE_ADMIN}).
 * Implemented by the modules that know (the people module, from key roles and levels).
 *
 * <p>Asked at sign-in and again on every request, inside a transaction bound to the login's tenant,
 * so that a change of role takes effect on the next request rather than the next sign-in.
 */
public interface Authorities {

    Set<String> of(Account account);
}
