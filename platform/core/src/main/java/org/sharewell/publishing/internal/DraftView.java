package org.sharewell.publishing.internal;

import org.sharewell.publishing.Draft;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Placeholder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A draft as the REST API shows it, with its preview and what stands in the way of publishing it. */
record DraftView(UUID document, String title, String body, String preview, String updatedBy, Instant updatedAt,
                 List<String> unfilledPlaceholders, List<String> unknownPlaceholders, boolean readyToPublish) {

    static DraftView of(Draft draft) {
        return new DraftView(draft.document().value(), draft.title(), draft.body(), Markdown.toSafeHtml(draft.body()),
                draft.updatedBy(), draft.updatedAt(), draft.unfilled().stream().map(Placeholder::word).toList(),
                draft.unknown(), draft.isReadyToPublish());
    }
}
