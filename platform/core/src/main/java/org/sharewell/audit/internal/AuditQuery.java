package org.sharewell.audit.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditFilter;
import org.sharewell.kernel.InputText;
import org.sharewell.kernel.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit API's query parameters as typed. They are checked all at once, so that every problem
 * is reported together, each in plain words against its parameter.
 */
record AuditQuery(String area, String from, String to, String who, String text, String offset, String limit) {

    /** What the parameters ask for. */
    record Checked(AuditFilter filter, PageRequest page) {
    }

    /** @throws InvalidInput naming each parameter that cannot be understood */
    Checked check() {
        var problems = new LinkedHashMap<String, String>();
        AuditArea parsedArea = parseArea(problems);
        LocalDate parsedFrom = parseDate("from", from, problems);
        LocalDate parsedTo = parseDate("to", to, problems);
        var page = PageRequest.parse(offset, limit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(new AuditFilter(parsedArea, who, text, parsedFrom, parsedTo), page);
    }

    private AuditArea parseArea(Map<String, String> problems) {
        if (area == null || area.isBlank()) {
            return null;
        }
        try {
            return AuditArea.valueOf(area.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put("area", "Use one of " + Arrays.stream(AuditArea.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", or leave it out for every area.");
            return null;
        }
    }

    private static LocalDate parseDate(String name, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var date = LocalDate.parse(value.strip());
            if (!InputText.hasFourDigitYear(date)) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put(name, "Write the '" + name + "' date as year-month-day, for example 2026-11-21.");
            return null;
        }
    }

}
