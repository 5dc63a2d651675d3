package org.sharewell.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which part of a long list to show: skip {@code offset} entries, then show at most {@code limit}.
 * The one rule for paging, in the API and the pages alike: an offset of 0 or more and a limit of 1
 * to {@value #MOST}. A request outside it is refused, never silently changed, so a client always
 * gets what it asked for or is told why not.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    /** An API page stays quick to send and a page of a screen quick to show. */
    public static final int MOST = 200;

    public static final PageRequest FIRST = new PageRequest(0, DEFAULT_LIMIT);

    /** The rule as the API documentation states it. */
    public static final String RULE = "Paging: offset (0 or more, default 0) skips that many entries, limit (1 to "
            + MOST + ", default " + DEFAULT_LIMIT + ") is the most to return; 'total' counts every match. "
            + "Values outside these are refused with 400.";

    /** @throws IllegalArgumentException outside the rule: a programming error, since people's input goes through {@link #parse} */
    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MOST) {
            throw new IllegalArgumentException("A page needs an offset of 0 or more and a limit of 1 to " + MOST
                    + ", not " + offset + " and " + limit);
        }
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit);
    }

    /**
     * Reads the two query parameters as typed; either may be missing or blank for its default.
     *
     * @throws InvalidInput naming each parameter that is not a whole number within the rule
     */
    public static PageRequest parse(String offset, String limit) {
        var problems = new LinkedHashMap<String, String>();
        var page = parse(offset, limit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return page;
    }

    /**
     * The same, for a caller checking other parameters too: each problem is added to theirs (so all
     * are reported together), and the first page is returned in its place.
     */
    public static PageRequest parse(String offset, String limit, Map<String, String> problems) {
        int parsedOffset = number("offset", offset, 0, 0, Integer.MAX_VALUE, problems);
        int parsedLimit = number("limit", limit, DEFAULT_LIMIT, 1, MOST, problems);
        return new PageRequest(parsedOffset, parsedLimit);
    }

    private static int number(String name, String value, int fallback, int least, int most, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Explained below, the same as a number out of range.
        }
        problems.put(name, "Use a whole number from " + least + " to " + most + " for '" + name + "'.");
        return fallback;
    }
}
