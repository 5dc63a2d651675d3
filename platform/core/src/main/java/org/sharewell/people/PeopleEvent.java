package org.sharewell.people;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * What the people module publishes: a person added, or their details, activity, level or key
 * roles changed; each recorded by the audit log in the same transaction as the change.
 */
public sealed interface PeopleEvent extends Auditable {

    /** Published when someone was added to an organisation's people. */
    record PersonAdded(TenantId tenantId, PersonId personId, String name, PersonKind kind, Actor actor) implements PeopleEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.PEOPLE, "Person added", name, "", kind.description());
        }
    }

    /**
     * Published when a person's details, activity, level or key roles changed.
     *
     * @param change what happened, in plain words, e.g. "Key role granted"
     * @param before the state before, in plain words
     * @param after  the state after, in plain words
     */
    record PersonChanged(TenantId tenantId, PersonId personId, String name, AuditArea area, String change,
                         String before, String after, Actor actor) implements PeopleEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, area, change, name, before, after);
        }
    }
}
