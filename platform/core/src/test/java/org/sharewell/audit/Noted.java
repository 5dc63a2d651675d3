package org.sharewell.audit;

import org.sharewell.tenancy.TenantId;

/** An auditable event as any module would publish one. */
record Noted(TenantId tenantId, AuditRecord audit) implements Auditable {

    static Noted in(TenantId tenant, String action) {
        return new Noted(tenant, new AuditRecord(new Actor(null, "Test runner"), AuditArea.PEOPLE, action,
                "Jo Bloggs", "", "Jo Bloggs, member"));
    }
}
