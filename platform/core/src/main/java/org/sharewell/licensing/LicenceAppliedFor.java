package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

/** Published when someone applied for a licence to post. */
public record LicenceAppliedFor(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                                Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Applied for a licence to post", name, "",
                "Application waiting for training and a decision");
    }
}
