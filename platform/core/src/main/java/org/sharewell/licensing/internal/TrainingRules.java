package org.sharewell.licensing.internal;

import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.kernel.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a list of required training an admin entered, and tidies it into the form it is stored in. */
final class TrainingRules {

    private TrainingRules() {
    }

    /**
     * @param listed the ids of the items on the list now: only those can be kept
     * @return the items with their text trimmed
     * @throws InvalidInput keyed {@code items} or {@code items[i].title} / {@code items[i].description}
     */
    static List<TrainingItemDetails> checked(List<TrainingItemDetails> items, Set<TrainingItemId> listed) {
        var problems = new LinkedHashMap<String, String>();
        if (items == null || items.isEmpty()) {
            throw InvalidInput.of("items", "List at least one piece of training that people need before they get a licence.");
        }
        if (items.size() > TrainingRequirements.MOST_ITEMS) {
            throw InvalidInput.of("items", "List at most " + TrainingRequirements.MOST_ITEMS + " pieces of training.");
        }
        var tidied = new ArrayList<TrainingItemDetails>();
        var titles = new HashSet<String>();
        var ids = new HashSet<TrainingItemId>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            String field = "items[" + i + "]";
            String title = item == null || item.title() == null ? "" : item.title().strip();
            String description = item == null || item.description() == null ? "" : item.description().strip();
            if (title.isEmpty()) {
                problems.put(field + ".title", "Enter a title for this training.");
            } else if (title.length() > TrainingRequirements.LONGEST_TITLE) {
                problems.put(field + ".title", "Use at most " + TrainingRequirements.LONGEST_TITLE + " characters for the title.");
            } else if (!titles.add(title.toLowerCase(Locale.UK))) {
                problems.put(field + ".title", "Another piece of training already has this title.");
            }
            if (description.length() > TrainingRequirements.LONGEST_DESCRIPTION) {
                problems.put(field + ".description",
                        "Use at most " + TrainingRequirements.LONGEST_DESCRIPTION + " characters for the description.");
            }
            var id = item == null ? null : item.id();
            if (id != null && (!listed.contains(id) || !ids.add(id))) {
                problems.put(field, "This training is no longer on the list. Reload the page and try again.");
            }
            tidied.add(new TrainingItemDetails(id, title, description));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return tidied;
    }
}
