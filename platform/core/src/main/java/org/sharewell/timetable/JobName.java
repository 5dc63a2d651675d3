package org.sharewell.timetable;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The name of one kind of timed work, such as {@code mail.send}: the module's name, a dot, and what
 * the work is. Stored with every entry of the timetable, so a name, once used, should never change.
 */
public record JobName(String value) implements Serializable {

    /** The same rule as the table's check: lower case words joined by dots, at most 100 characters. */
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final int LONGEST = 100;

    /** @throws IllegalArgumentException unless it has the form of {@code module.work}: a programming error */
    public JobName {
        if (value == null || value.length() > LONGEST || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A job name is the module's name, a dot and the work, such as "
                    + "'mail.send', in lower case and at most " + LONGEST + " characters; not '" + value + "'");
        }
    }

    public static JobName of(String value) {
        return new JobName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
