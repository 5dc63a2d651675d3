package org.sharewell.licensing;

/**
 * What a tenant admin enters for one piece of required training.
 *
 * @param id          the item being kept or reworded; null for a new item
 * @param title       1 to {@value TrainingRequirements#LONGEST_TITLE} characters, different from the other titles
 * @param description at most {@value TrainingRequirements#LONGEST_DESCRIPTION} characters; may be empty
 */
public record TrainingItemDetails(TrainingItemId id, String title, String description) {

    public static TrainingItemDetails of(TrainingItem item) {
        return new TrainingItemDetails(item.id(), item.title(), item.description());
    }
}
