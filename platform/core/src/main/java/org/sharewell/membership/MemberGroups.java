package org.sharewell.membership;

import org.sharewell.membership.MembershipEvent.MembershipEnded;

import org.sharewell.membership.MembershipEvent.MemberGroupInvited;

import java.util.List;
import java.util.Optional;

/**
 * The member groups of the current organisation, an umbrella body. Everything here needs a
 * tenant admin of the umbrella body. Refused input comes back as {@link org.sharewell.kernel.InvalidInput}
 * with a plain explanation, and changes nothing.
 */
public interface MemberGroups {

    /** How long an invitation's link works. */
    int INVITATION_VALID_DAYS = 30;

    /**
     * Invites a group by email: queues the email, with a link to join, in the same transaction,
     * and publishes {@link MemberGroupInvited}.
     *
     * @param groupName the group's name, as the umbrella body knows it
     * @throws org.sharewell.kernel.InvalidInput if this organisation is not an infrastructure body, the
     *         name or email is not usable, or an invitation to the same address is still open
     */
    MemberGroup invite(String groupName, String email);

    /** Every invitation ever sent and what became of it, newest first. */
    List<MemberGroup> list();

    Optional<MemberGroup> find(LinkId id);

    /**
     * Ends an active link, or withdraws an invitation nobody has answered. The group stops sharing
     * anything at once; the link's history stays. Publishes {@link MembershipEnded} to both sides.
     *
     * @throws org.sharewell.kernel.NotFound if there is no such active link or open invitation
     */
    MemberGroup end(LinkId id);
}
