package org.sharewell.membership;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * Published when a member group switched sharing one kind of data with an umbrella body on or off:
 * once for each side's audit log, each in a transaction bound to that side.
 *
 * @param tenantId   the organisation whose log this is for
 * @param side       which side of the link that organisation is
 * @param otherParty the other side's name
 */
public record SharingSwitched(TenantId tenantId, Side side, LinkId link, String otherParty, SharingKind kind,
                              boolean on, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.MEMBERSHIP, on ? "Sharing switched on" : "Sharing switched off",
                kind.description() + " – " + otherParty, on ? "Not shared" : "Shared", on ? "Shared" : "Not shared");
    }
}
