package org.sharewell.audit.internal;

import org.sharewell.audit.AuditEntry;
import org.sharewell.audit.AuditFilter;
import org.sharewell.audit.AuditLog;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Writer;
import java.util.UUID;

/**
 * Reads the audit log of the tenant in scope; see {@link AuditLog} for the contract. Every way in
 * (the REST API, the CSV export, the admin screen) goes through this class, so {@link #READERS} is
 * the one place that says who may read the log.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AuditLogService.READERS)
class AuditLogService implements AuditLog {

    /** Tenant admins only, for now. */
    static final String READERS = Roles.ADMINS;

    private final EntryStore entries;

    AuditLogService(EntryStore entries) {
        this.entries = entries;
    }

    @Override
    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        return Page.of(entries.find(filter, page), entries.count(filter), page);
    }

    @Override
    public void exportCsv(AuditFilter filter, Writer out) {
        try (var all = entries.stream(filter)) {
            AuditCsv.write(all, out);
        }
    }

    @Override
    @Transactional
    public int forget(String name, String email, UUID accountId) {
        return entries.forget(name, email, accountId);
    }
}
