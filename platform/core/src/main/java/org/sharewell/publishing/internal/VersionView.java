package org.sharewell.publishing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Version;

import java.time.Instant;
import java.util.UUID;

/** A published version as the REST API shows it: the Markdown as written and as filled in, and the safe HTML of the latter. */
record VersionView(UUID document, UUID publisher, int number, String title, String body, String filled, String html,
                   Change change, String summary, String publishedBy, Instant publishedAt, @Nullable Integer upstreamVersion) {

    static VersionView of(Version version) {
        return new VersionView(version.document().id().value(), version.document().publisher().value(), version.number(),
                version.title(), version.body(), version.filled(), Markdown.toSafeHtml(version.filled()), version.change(),
                version.summary(), version.publishedBy(), version.publishedAt(), version.sourceVersion());
    }
}
