package org.sharewell.audit.internal;

import org.sharewell.kernel.UkTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sharewell.audit.AuditEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.stream.Stream;

/** The audit log as CSV, in the shape {@link org.sharewell.audit.AuditLog#exportCsv} promises. */
final class AuditCsv {

    static final String[] COLUMNS = {"When (UK time)", "Who", "Account id", "Area", "Action", "Subject", "Before", "After"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get();
    /** Excel takes a UTF-8 file without one for the local code page, garbling names such as Siân. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private AuditCsv() {
    }

    static void write(Stream<AuditEntry> entries, Writer out) {
        try {
            out.write(BYTE_ORDER_MARK);
            // Not closed: closing the printer would close the caller's writer.
            var printer = new CSVPrinter(out, FORMAT);
            for (var entry : (Iterable<AuditEntry>) entries::iterator) {
                printer.printRecord(UkTime.sortable(entry.occurredAt()), safe(entry.actor().name()),
                        Objects.toString(entry.actor().accountId(), ""), entry.area().description(),
                        safe(entry.action()), safe(entry.subject()), safe(entry.before()), safe(entry.after()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit log could not be written as CSV", e);
        }
    }

    /**
     * Defuses CSV injection (OWASP): a name such as {@code =HYPERLINK(...)} typed by anyone would
     * otherwise run as a formula in the admin's spreadsheet. The apostrophe makes it plain text.
     */
    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
