package org.sharewell.publishing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.DocumentKind;

import java.time.Instant;
import java.util.UUID;

/** A document as the REST API shows it. */
record DocumentView(UUID id, UUID publisher, String publisherName, DocumentKind kind, Audience audience, String title,
                    @Nullable Integer latestVersion, @Nullable Adopted adoptedFrom, Instant createdAt) {

    static DocumentView of(Document document) {
        var source = document.source();
        return new DocumentView(document.id().value(), document.ref().publisher().value(), document.publisherName(),
                document.kind(), document.audience(), document.title(), document.latestVersion(),
                source == null ? null : new Adopted(source.document().publisher().value(), source.document().id().value(),
                        source.version()),
                document.createdAt());
    }

    /** Where an adopted document came from, and the upstream version it has taken in. */
    record Adopted(UUID publisher, UUID document, int version) {
    }
}
