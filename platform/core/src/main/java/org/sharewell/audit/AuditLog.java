package org.sharewell.audit;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import java.io.Writer;

/**
 * The current tenant's audit log, newest first. Entries are only ever added, by the audit module
 * itself from {@link Auditable} events; nothing can change or remove them.
 *
 * <p>Reading needs a tenant admin: anyone else gets Spring Security's {@code AccessDeniedException}.
 * An {@link AuditFilter} whose dates are the wrong way round is rejected with
 * {@link org.sharewell.kernel.InvalidInput} when it is made.
 */
public interface AuditLog {

    /**
     * A page of the entries matching the filter, newest first, with how many match in all. The order
     * is total (ties are broken by id), so paging neither repeats nor skips.
     */
    Page<AuditEntry> find(AuditFilter filter, PageRequest page);

    /**
     * Writes every entry matching the filter, newest first, as CSV (RFC 4180, a header row, UTF-8
     * with a byte order mark so that spreadsheet programs read accents correctly). Columns: When (UK
     * time, {@code yyyy-MM-dd HH:mm:ss}), Who, Account id, Area, Action, Subject, Before, After. A
     * value that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a
     * carriage return) is prefixed with an apostrophe so that opening the file cannot run it.
     * The writer is flushed, not closed.
     *
     * @throws java.io.UncheckedIOException if writing fails
     */
    void exportCsv(AuditFilter filter, Writer out);

    /**
     * Replaces an erased person's name, email and login in the current tenant's log by "Erased
     * person", keeping every entry so that history still adds up. Tenant admins only.
     *
     * @return how many entries were changed
     */
    int forget(String name, String email, java.util.UUID accountId);
}
