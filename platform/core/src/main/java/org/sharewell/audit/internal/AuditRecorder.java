package org.sharewell.audit.internal;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns module events into audit log entries.
 *
 * <p>Plain, synchronous {@link EventListener}s on purpose: they run on the publisher's thread,
 * inside the publisher's transaction, so a change and its entry commit or roll back together, and
 * a failure to record fails the change. An after-commit or asynchronous listener could lose the
 * entry to a crash between the two, leaving a change nobody can trace.
 *
 * <p>The tenant is bound from the event itself, never taken from whatever scope the publisher
 * happens to run in.
 */
@Component
class AuditRecorder {

    private final EntryStore entries;

    AuditRecorder(EntryStore entries) {
        this.entries = entries;
    }

    @EventListener
    void on(Auditable event) {
        record(event.tenantId(), event.audit());
    }

    /**
     * Tenancy cannot make its event {@link Auditable} (this module depends on tenancy, so the
     * reverse would be a cycle), so it is translated here. The actor is read now: this listener
     * runs on the thread of the person who made the change.
     */
    @EventListener
    void on(TenantSettingsChanged event) {
        record(event.tenantId(), new AuditRecord(Actor.current(), AuditArea.SETTINGS, event.action(),
                event.organisationName(), event.before(), event.after()));
    }

    private void record(TenantId tenant, AuditRecord record) {
        TenantScope.runAs(tenant, () -> entries.append(record));
    }
}
