package org.sharewell.membership;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/** Published when an umbrella body invited a group, for the umbrella body's audit log. */
public record MemberGroupInvited(TenantId tenantId, LinkId link, String groupName, String email, Actor actor)
        implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.MEMBERSHIP, "Member group invited", groupName, "",
                "Invitation emailed to " + email);
    }
}
