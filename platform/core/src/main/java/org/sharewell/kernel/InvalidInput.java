package org.sharewell.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What someone entered broke one or more rules, and nothing was changed. Each problem is keyed by
 * the field it concerns and explains, in plain English, what to do instead. The API answers it with
 * a 400 problem carrying the same field messages; the UI shows each message beside its field.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidInput of(String field, String problem) {
        return new InvalidInput(Map.of(field, problem));
    }

    /** Field name to explanation, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }
}
