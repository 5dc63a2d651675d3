package org.sharewell.people;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * Published when a person's details, activity, level or key roles changed.
 *
 * @param change what happened, in plain words, e.g. "Key role granted"
 * @param before the state before, in plain words
 * @param after  the state after, in plain words
 */
public record PersonChanged(TenantId tenantId, PersonId personId, String name, AuditArea area, String change,
                            String before, String after, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, area, change, name, before, after);
    }
}
