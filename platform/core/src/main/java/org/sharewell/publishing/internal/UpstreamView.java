package org.sharewell.publishing.internal;

import org.sharewell.publishing.Upstream;

import java.util.List;
import java.util.UUID;

/** What changed upstream, as the REST API shows it. */
record UpstreamView(UUID publisher, UUID document, String publisherName, String title, int base, int newest,
                    boolean upToDate, boolean conflicts, List<Upstream.Amendment> amendments) {

    static UpstreamView of(Upstream upstream) {
        return new UpstreamView(upstream.source().publisher().value(), upstream.source().id().value(), upstream.publisherName(),
                upstream.title(), upstream.base(), upstream.newest(), upstream.isUpToDate(), upstream.hasConflicts(),
                upstream.amendments());
    }
}
