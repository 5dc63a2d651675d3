package org.sharewell.membership;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

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
public record MembershipEnded(TenantId tenantId, Side side, LinkId link, String otherParty, Side endedBy,
                              LinkStatus was, Actor actor) implements Auditable {

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
