/**
 * Who can sign in to an organisation, and how: sign-up, passwords, two-step sign-in, API tokens,
 * proof by emailed link that an address is its owner's, and the sessions a person can see and end.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
@NullMarked
package org.sharewell.accounts;

import org.jspecify.annotations.NullMarked;
