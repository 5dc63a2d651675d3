package org.sharewell.licensing;

import org.sharewell.licensing.LicensingEvent.TrainingRequirementsChanged;

import java.util.List;

/**
 * The training the current organisation requires before it grants a licence to post. A new
 * organisation starts with a sensible default list, which its tenant admins can change.
 *
 * <p>The list applies to applications still waiting for a decision: an item added later must be
 * recorded for them too before a licence can be granted, and an item taken off no longer counts.
 * Licences already granted are not affected.
 */
public interface TrainingRequirements {

    int MOST_ITEMS = 20;
    int LONGEST_TITLE = 100;
    int LONGEST_DESCRIPTION = 500;

    /** The required training in the order it is shown (anyone signed in to the organisation). */
    List<TrainingItem> list();

    /**
     * Replaces the list (tenant admins): items with an id are kept, reworded and reordered as given;
     * items without one are added; items left out are taken off the list. Training already recorded
     * against a kept item still counts. Publishes {@link TrainingRequirementsChanged} if anything changed.
     *
     * @param items 1 to {@value #MOST_ITEMS} items, in the order to show them
     * @return the new list
     * @throws org.sharewell.kernel.InvalidInput if the list is empty or too long, or a title is missing,
     *         too long or repeated, or a description is too long; nothing is changed
     */
    List<TrainingItem> change(List<TrainingItemDetails> items);
}
