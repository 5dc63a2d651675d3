package org.sharewell.audit;

import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes audit rows with chosen times straight into the table, as the application role in a
 * transaction bound to the tenant: the platform clock cannot be turned back in a shared test context.
 */
record AuditRows(Organisations organisations) {

    UUID insert(TenantId tenant, Instant occurredAt, Actor actor, AuditArea area, String action, String subject,
                String before, String after) {
        UUID id = UUID.randomUUID();
        organisations.inTransaction(tenant, sql -> sql.update("""
                        INSERT INTO audit.entry (tenant_id, id, occurred_at, actor_account_id, actor_name, area, action,
                                                 subject, before_text, after_text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tenant.value(), id, Timestamp.from(occurredAt), actor.accountId(), actor.name(), area.name(), action,
                subject, before, after));
        return id;
    }
}
