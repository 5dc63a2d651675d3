package org.sharewell.membership;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;

import java.util.Optional;

/**
 * Invitations reached from their email, at the platform's own address where nobody is signed in
 * (the join page). Holding the link is what entitles someone to these.
 */
public interface MemberInvitations {

    /** The open invitation behind the link, if it is still open. */
    Optional<Invitation> find(String token);

    /**
     * Brings the group to Sharewell as a new organisation (see {@link SignUp}) and makes it a member
     * group of the umbrella body that invited it.
     *
     * @throws org.sharewell.kernel.InvalidInput if the invitation is no longer open (nothing is
     *         created), or the sign-up form breaks a rule
     * @throws org.sharewell.tenancy.SlugTaken as for {@link SignUp#signUp}
     */
    Joined joinAsNewOrganisation(String token, SignUpForm form);

    /**
     * Says no, on behalf of the group, without signing in.
     *
     * @throws org.sharewell.kernel.InvalidInput if the invitation is no longer open
     */
    void decline(String token);

    /**
     * The outcome of joining.
     *
     * @param umbrella the new link; empty in the rare case that the invitation was withdrawn or
     *                 answered while the organisation was being created (the organisation stays)
     */
    record Joined(SignUp.SignedUp signedUp, Optional<Umbrella> umbrella) {
    }
}
