package org.sharewell.membership;

import org.sharewell.membership.MembershipEvent.SharingSwitched;

import org.sharewell.membership.MembershipEvent.MembershipEnded;

import org.sharewell.membership.MembershipEvent.InvitationDeclined;

import org.sharewell.membership.MembershipEvent.InvitationAccepted;

import java.util.List;
import java.util.Optional;

/**
 * The umbrella bodies of the current organisation, as their member group sees them. Everything
 * here needs a tenant admin of the group. Refused input comes back as {@link
 * org.sharewell.kernel.InvalidInput} with a plain explanation, and changes nothing.
 */
public interface Umbrellas {

    /** Every link this organisation has or had as a member group, newest invitation first. */
    List<Umbrella> list();

    /** Open invitations sent to an email address one of this organisation's logins has confirmed as its own. */
    List<Invitation> invitations();

    /** The open invitation behind a link from an invitation email, whoever it was sent to. */
    Optional<Invitation> findInvitation(String token);

    /**
     * Makes this organisation a member group of the umbrella body that sent the invitation, from
     * now on. Publishes {@link InvitationAccepted} to both sides.
     *
     * @param token the token from the invitation's link, or null when the invitation was sent to an
     *              email address that one of this organisation's logins has confirmed (typing an
     *              address at sign-up proves nothing; see {@code Accounts.confirmEmail})
     * @throws org.sharewell.kernel.InvalidInput if the invitation is not open, or not this
     *         organisation's to answer
     * @throws org.sharewell.kernel.Conflict if this organisation already is a member group of that umbrella body
     */
    Umbrella accept(LinkId invitation, String token);

    /**
     * Says no to an invitation. Publishes {@link InvitationDeclined} to both sides.
     *
     * @param token as for {@link #accept}
     */
    void decline(LinkId invitation, String token);

    /**
     * Ends an active link: the umbrella body stops seeing anything of this organisation at once.
     * Publishes {@link MembershipEnded} to both sides.
     *
     * @throws org.sharewell.kernel.NotFound if this organisation has no such active link
     */
    Umbrella end(LinkId link);

    /**
     * Switches sharing one kind of data with the umbrella body on or off. Publishes {@link
     * SharingSwitched} to both sides when that changes anything.
     *
     * @throws org.sharewell.kernel.NotFound if this organisation has no such active link
     */
    Umbrella share(LinkId link, SharingKind kind, boolean on);

    /**
     * This organisation's own onboarding checklist, every step in order, as its umbrella bodies see
     * it. Steps are recorded while it is an active member group of at least one umbrella body.
     */
    List<OnboardingItem> onboarding();
}
