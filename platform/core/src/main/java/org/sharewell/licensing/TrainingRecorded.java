package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

/**
 * Published when a champion recorded that an applicant has done a piece of required training.
 *
 * @param name      the applicant's name
 * @param itemTitle the training, by its title
 */
public record TrainingRecorded(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                               TrainingItemId itemId, String itemTitle, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Training recorded", name,
                itemTitle + ": not done", itemTitle + ": done");
    }
}
