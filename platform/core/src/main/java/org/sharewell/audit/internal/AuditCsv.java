package org.sharewell.audit.internal;

import org.sharewell.audit.AuditEntry;
import org.sharewell.kernel.CsvFile;
import org.sharewell.kernel.UkTime;

import java.io.Writer;
import java.util.stream.Stream;

/** The audit log as CSV, in the shape {@link org.sharewell.audit.AuditLog#exportCsv} promises. */
final class AuditCsv {

    static final String[] COLUMNS = {"When (UK time)", "Who", "Account id", "Area", "Action", "Subject", "Before", "After"};

    private AuditCsv() {
    }

    static void write(Stream<AuditEntry> entries, Writer out) {
        var csv = CsvFile.start(out, COLUMNS);
        for (var entry : (Iterable<AuditEntry>) entries::iterator) {
            csv.row(UkTime.sortable(entry.occurredAt()), entry.actor().name(), entry.actor().accountId(),
                    entry.area().description(), entry.action(), entry.subject(), entry.before(), entry.after());
        }
        csv.finish();
    }
}
