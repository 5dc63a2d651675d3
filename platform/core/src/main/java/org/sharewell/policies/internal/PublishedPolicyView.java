package org.sharewell.policies.internal;

import org.sharewell.policies.PublishedPolicy;
import org.sharewell.publishing.Markdown;

import java.time.Instant;
import java.util.UUID;

/** A published policy as the public REST API shows it. */
record PublishedPolicyView(UUID id, String organisationName, String title, int version, Instant publishedAt, String html) {

    static PublishedPolicyView of(PublishedPolicy policy) {
        var version = policy.version();
        return new PublishedPolicyView(version.document().id().value(), policy.organisationName(), version.title(),
                version.number(), version.publishedAt(), Markdown.toSafeHtml(version.filled()));
    }
}
