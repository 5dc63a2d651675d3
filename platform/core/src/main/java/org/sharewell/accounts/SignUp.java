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

    /**
     * The Sharewell operator, the one organisation of kind {@code OPERATOR}: made by the first call
     * (Sharewell's first start), with no login; every later call returns it. For Sharewell's own start-up
     * and the demo world only: nothing a person does reaches it.
     */
    Tenant operator();

    /**
     * Gives the operator its first admin, while it has no login at all; otherwise does nothing and
     * returns empty. The address counts as proved: whoever runs Sharewell configured it (or the demo
     * world made it). With no password the admin is emailed a link to choose one.
     *
     * @throws org.sharewell.kernel.InvalidInput if the name, address or password breaks the rules
     */
    java.util.Optional<Account> firstOperatorAdmin(String name, String email, @org.jspecify.annotations.Nullable String password);

    /** The outcome of a sign-up. */
    record SignedUp(Tenant tenant, Account admin) {
    }
}
