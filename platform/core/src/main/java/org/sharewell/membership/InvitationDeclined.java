package org.sharewell.membership;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * Published when a group declined an invitation: for the umbrella body's log, and for the group's
 * if it declined while signed in. Each in a transaction bound to that side.
 *
 * @param tenantId   the organisation whose log this is for
 * @param side       which side of the link that organisation is
 * @param otherParty the other side's name
 */
public record InvitationDeclined(TenantId tenantId, Side side, LinkId link, String otherParty, Actor actor)
        implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Invitation declined", otherParty,
                LinkStatus.INVITED.description(), LinkStatus.DECLINED.description());
    }
}
