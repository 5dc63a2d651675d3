package org.sharewell.kernel;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The one way Sharewell writes a CSV file for people to open in a spreadsheet: RFC 4180, a header
 * row, UTF-8 with a byte order mark (Excel takes a UTF-8 file without one for the local code page,
 * garbling names such as Siân), and every value that a spreadsheet would take for a formula
 * defused. The writer is flushed, never closed: it belongs to the caller.
 */
public final class CsvFile {

    /** Excel reads a file without it in the local code page. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    private CsvFile(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file: the byte order mark and the header row. */
    public static CsvFile start(Writer out, String... header) {
        try {
            out.write(BYTE_ORDER_MARK);
            // Not closed: closing the printer would close the caller's writer.
            return new CsvFile(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get()));
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file could not be started", e);
        }
    }

    /** One row; each value as text, null as empty, and none able to run as a formula. */
    public CsvFile row(Object... values) {
        try {
            printer.printRecord(Arrays.stream(values).map(value -> defused(value == null ? "" : value.toString())));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file could not be written", e);
        }
    }

    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file could not be written", e);
        }
    }

    /**
     * Defuses CSV injection (OWASP): a name such as {@code =HYPERLINK(...)} typed by anyone would
     * otherwise run as a formula in the reader's spreadsheet. The apostrophe makes it plain text.
     */
    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
