package org.sharewell.audit.internal;

import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditEntry;
import org.sharewell.kernel.UkTime;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audit log entry as the REST API shows it; times carry the UK offset of the moment. */
record EntryView(UUID id, OffsetDateTime occurredAt, String actorName, UUID actorAccountId, AuditArea area,
                 String action, String subject, String before, String after) {

    static EntryView of(AuditEntry entry) {
        return new EntryView(entry.id(), UkTime.inUk(entry.occurredAt()).toOffsetDateTime(),
                entry.actor().name(), entry.actor().accountId(), entry.area(), entry.action(), entry.subject(),
                entry.before(), entry.after());
    }
}
