package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

/** Published when a training record made by mistake was taken back. */
public record TrainingRecordRemoved(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                                    TrainingItemId itemId, String itemTitle, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Training record removed", name,
                itemTitle + ": done", itemTitle + ": not done");
    }
}
