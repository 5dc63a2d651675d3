/**
 * Who can sign in to a tenant: self sign-up of a new organisation with its first admin, sign-in
 * with a password or an API token, confirmation that a login's email address is its own, and the
 * check that a signed-in person belongs to the tenant asked for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@NullMarked
package org.sharewell.accounts;

import org.jspecify.annotations.NullMarked;
