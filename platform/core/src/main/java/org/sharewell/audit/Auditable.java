package org.sharewell.audit;

import org.sharewell.tenancy.TenantId;

/**
 * A module event that belongs in the audit log. A module makes its event records implement this;
 * the audit module records every one, in the same transaction as the change, so a change is never
 * made without its record. Screens never write to the audit log themselves.
 *
 * <p>The tenant is carried in the event, not taken from the surrounding request.
 */
public interface Auditable {

    TenantId tenantId();

    /** What to record about the change. */
    AuditRecord audit();
}
