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

    /**
     * As {@link #signUp}, for a caller that has proved the first admin's email address already: by a
     * link emailed to that very address (an umbrella body's invitation, joined as a new organisation),
     * or because Sharewell itself makes the organisation (the demo world). The address counts as
     * confirmed, and no confirmation link is emailed. {@link #signUp} emails one.
     */
    SignedUp signUpWithProvedEmail(SignUpForm form);

    /** The outcome of a sign-up. */
    record SignedUp(Tenant tenant, Account admin) {
    }
}
