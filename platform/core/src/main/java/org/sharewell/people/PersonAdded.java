package org.sharewell.people;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/** Published when someone was added to an organisation's people. */
public record PersonAdded(TenantId tenantId, PersonId personId, String name, PersonKind kind, Actor actor)
        implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.PEOPLE, "Person added", name, "", kind.description());
    }
}
