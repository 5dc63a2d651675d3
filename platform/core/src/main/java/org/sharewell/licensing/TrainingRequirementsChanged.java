package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

import java.util.List;

/**
 * Published when a tenant admin changed the training required for a licence.
 *
 * @param before each item in words ("Title: description"), in order, before the change
 * @param after  each item in words, in order, after it
 */
public record TrainingRequirementsChanged(TenantId tenantId, List<String> before, List<String> after, Actor actor)
        implements Auditable {

    public TrainingRequirementsChanged {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Training for a licence changed", "Required training",
                String.join("; ", before), String.join("; ", after));
    }
}
