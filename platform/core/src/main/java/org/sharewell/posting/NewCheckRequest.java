package org.sharewell.posting;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.DocumentId;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft post to send to the communications contact, from the walk through the guide that said to check it first.
 *
 * @param path     the walk's answers (see {@link PostingGuide#walk})
 * @param platform where it would be posted, such as Facebook
 * @param account  which of the organisation's accounts would post it
 * @param deadline the day by which an answer is needed
 */
public record NewCheckRequest(DocumentId policy, int version, List<Integer> path, String draft, String platform,
                              String account, @Nullable LocalDate deadline) {

    public NewCheckRequest {
        path = List.copyOf(path);
    }
}
