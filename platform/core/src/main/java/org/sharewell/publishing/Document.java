package org.sharewell.publishing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A document as its readers see it.
 *
 * @param publisherName the publishing organisation's name
 * @param latestVersion the number of its newest published version; null before the first
 * @param source        where it was adopted from; null for a document of its publisher's own
 */
public record Document(DocumentRef ref, String publisherName, DocumentKind kind, Audience audience, String title,
                       @Nullable Integer latestVersion, @Nullable Source source, Instant createdAt) {

    public DocumentId id() {
        return ref.id();
    }

    public boolean isPublished() {
        return latestVersion != null;
    }
}
