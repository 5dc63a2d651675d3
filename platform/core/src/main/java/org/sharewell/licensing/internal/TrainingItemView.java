package org.sharewell.licensing.internal;

import org.sharewell.licensing.TrainingItem;

import java.util.List;
import java.util.UUID;

/** One piece of required training as the REST API shows it, and as a change of the list sends it. */
record TrainingItemView(UUID id, String title, String description) {

    static List<TrainingItemView> of(List<TrainingItem> items) {
        return items.stream().map(item -> new TrainingItemView(item.id().value(), item.title(), item.description())).toList();
    }
}
