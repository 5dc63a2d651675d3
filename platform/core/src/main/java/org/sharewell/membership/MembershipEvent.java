package org.sharewell.membership;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * What the membership module publishes: one event for each side of a link that changed, each in a
 * transaction bound to that side, so each organisation's audit log records its own copy.
 */
public sealed interface MembershipEvent extends Auditable {

    /**
     * Published when a group accepted an invitation: once for each side's audit log, each in a
     * transaction bound to that side.
     *
     * @param tenantId   the organisation whose log this is for
     * @param side       which side of the link that organisation is
     * @param otherParty the other side's name
     */
    record InvitationAccepted(TenantId tenantId, Side side, LinkId link, String otherParty, Actor actor) implements MembershipEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.MEMBERSHIP,
                    side == Side.UMBRELLA ? "Member group joined" : "Joined an umbrella body", otherParty,
                    LinkStatus.INVITED.description(), LinkStatus.ACTIVE.description());
        }
    }

    /**
     * Published when a group declined an invitation: for the umbrella body's log, and for the group's
     * if it declined while signed in. Each in a transaction bound to that side.
     *
     * @param tenantId   the organisation whose log this is for
     * @param side       which side of the link that organisation is
     * @param otherParty the other side's name
     */
    record InvitationDeclined(TenantId tenantId, Side side, LinkId link, String otherParty, Actor actor) implements MembershipEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Invitation declined", otherParty,
                    LinkStatus.INVITED.description(), LinkStatus.DECLINED.description());
        }
    }

    /** Published when an umbrella body invited a group, for the umbrella body's audit log. */
    record MemberGroupInvited(TenantId tenantId, LinkId link, String groupName, String email, Actor actor) implements MembershipEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Member group invited", groupName, "",
                    "Invitation emailed to " + email);
        }
    }

    /**
     * Published when a link ended, or an invitation was withdrawn: once for each side's audit log that
     * exists (a withdrawn invitation has no member yet), each in a transaction bound to that side.
     *
     * @param tenantId   the organisation whose log this is for
     * @param side       which side of the link that organisation is
     * @param otherParty the other side's name
     * @param endedBy    which side ended it
     * @param was        the status before: {@link LinkStatus#INVITED} for a withdrawn invitation
     */
    record MembershipEnded(TenantId tenantId, Side side, LinkId link, String otherParty, Side endedBy,
                           LinkStatus was, Actor actor) implements MembershipEvent {

        @Override
        public AuditRecord audit() {
            if (was == LinkStatus.INVITED) {
                return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Invitation withdrawn", otherParty,
                        was.description(), "Withdrawn");
            }
            return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Membership ended", otherParty, was.description(),
                    "Ended by " + endedBy.description());
        }
    }

    /**
     * Published when a member group switched sharing one kind of data with an umbrella body on or off:
     * once for each side's audit log, each in a transaction bound to that side.
     *
     * @param tenantId   the organisation whose log this is for
     * @param side       which side of the link that organisation is
     * @param otherParty the other side's name
     */
    record SharingSwitched(TenantId tenantId, Side side, LinkId link, String otherParty, SharingKind kind,
                           boolean on, Actor actor) implements MembershipEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.MEMBERSHIP, on ? "Sharing switched on" : "Sharing switched off",
                    kind.description() + " – " + otherParty, on ? "Not shared" : "Shared", on ? "Shared" : "Not shared");
        }
    }
}
