package org.sharewell.publishing;

import java.time.Instant;
import java.util.List;

/**
 * The text being worked on before the next version.
 *
 * @param unfilled the placeholders it uses that the organisation has not answered: they block publishing
 * @param unknown  the {{...}} words it uses that are no placeholder: they block publishing too
 */
public record Draft(DocumentId document, String title, String body, String updatedBy, Instant updatedAt, List<Placeholder> unfilled,
                    List<String> unknown) {

    public boolean isReadyToPublish() {
        return unfilled.isEmpty() && unknown.isEmpty();
    }
}
