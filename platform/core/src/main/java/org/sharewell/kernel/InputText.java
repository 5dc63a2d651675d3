package org.sharewell.kernel;

import java.time.LocalDate;

/**
 * What no value sent to the API may be, whatever the field: text with control characters (a NUL
 * cannot be stored by PostgreSQL, and the others only ever come from a script or a mistake), or a
 * date outside four-digit years (which the database and every date people read cannot hold).
 * Tab, line feed and carriage return are ordinary text. The web conventions hold every request body
 * and query to these; a module parsing text itself (a date in a query, say) uses them too.
 */
public final class InputText {

    public static final String CONTROL_CHARACTER = "must not contain control characters, such as NUL";
    public static final String NOT_TEXT = "must be text, written in quotes";
    public static final String DATE_OUT_OF_RANGE = "must be a date with a four-digit year, such as 2027-03-31";

    private InputText() {
    }

    public static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                && c != '\r');
    }

    public static boolean hasFourDigitYear(LocalDate date) {
        return date.getYear() >= 1000 && date.getYear() <= 9999;
    }
}
