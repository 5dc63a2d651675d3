package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

/** Published when the account coordinator declined an application, with the reason the applicant was given. */
public record LicenceDeclined(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                              String reason, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Licence application declined", name,
                "Application waiting for a decision", "Declined: " + reason);
    }
}
