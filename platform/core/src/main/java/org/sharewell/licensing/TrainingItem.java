package org.sharewell.licensing;

/**
 * A piece of training an organisation requires before it grants a licence to post.
 *
 * @param title       what the training is, in a few words
 * @param description a sentence or two on what it covers; may be empty
 */
public record TrainingItem(TrainingItemId id, String title, String description) {
}
