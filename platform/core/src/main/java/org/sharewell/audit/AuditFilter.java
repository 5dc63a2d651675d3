package org.sharewell.audit;

import org.sharewell.kernel.InvalidInput;

import java.time.LocalDate;

/**
 * Which entries of the audit log to show. Every part is optional: null (or blank text) means no
 * restriction, so {@link #EVERYTHING} shows the whole log.
 *
 * @param area only changes to this part of Sharewell
 * @param who  only changes by someone whose name contains this text, ignoring case
 * @param text only changes whose action, subject, before or after contain this text, ignoring case
 * @param from only changes made on or after this day (UK time)
 * @param to   only changes made on or before this day (UK time)
 * @throws InvalidInput (on field {@code to}) if {@code to} is before {@code from}
 */
public record AuditFilter(AuditArea area, String who, String text, LocalDate from, LocalDate to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        who = blankToNull(who);
        text = blankToNull(text);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "The end date must be the same as the start date or after it.");
        }
    }

    public AuditFilter withArea(AuditArea area) {
        return new AuditFilter(area, who, text, from, to);
    }

    public AuditFilter withWho(String who) {
        return new AuditFilter(area, who, text, from, to);
    }

    public AuditFilter withText(String text) {
        return new AuditFilter(area, who, text, from, to);
    }

    /** The same filter for the days from {@code from} to {@code to}, both included; either may be null. */
    public AuditFilter between(LocalDate from, LocalDate to) {
        return new AuditFilter(area, who, text, from, to);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
