package org.sharewell.surgeries.internal;

import org.sharewell.surgeries.Surgeon;

import java.util.List;
import java.util.UUID;

/** A surgeon as the REST API shows them: to the host, and to themselves by their own link. */
record SurgeonView(UUID id, String name, String email, List<OccurrenceView> dates, boolean feedOn) {

    static SurgeonView of(Surgeon surgeon) {
        return new SurgeonView(surgeon.id().value(), surgeon.name(), surgeon.email(),
                surgeon.dates().stream().map(OccurrenceView::of).toList(), surgeon.feedOn());
    }
}
