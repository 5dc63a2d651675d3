package org.sharewell.accounts;

import org.sharewell.tenancy.Tenant;

/**
 * Self sign-up: registers a new organisation and its first admin together, in one transaction.
 * Either both exist afterwards, or (on any problem) neither does.
 */
public interface SignUp {

    /**
     * @throws org.sharewell.kernel.InvalidInput naming every field that breaks a rule, with a plain
     *         explanation each; nothing is created
     * @throws org.sharewell.tenancy.SlugTaken if the address was taken by a sign-up running at the same time
     */
    SignedUp signUp(SignUpForm form);

    /** The outcome of a sign-up. */
    record SignedUp(Tenant tenant, Account admin) {
    }
}
