package org.sharewell.publishing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.Adoption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Another organisation's adoption of one of our templates, as the REST API shows it. */
record AdoptionView(UUID organisation, UUID document, String organisationName, String title, @Nullable Integer latestVersion,
                    @Nullable Instant publishedAt, int tookIn, int ourNewest, int versionsBehind, List<Adoption.Declined> declined) {

    static AdoptionView of(Adoption adoption) {
        return new AdoptionView(adoption.document().publisher().value(), adoption.document().id().value(),
                adoption.organisationName(), adoption.title(), adoption.latestVersion(), adoption.publishedAt(), adoption.tookIn(),
                adoption.ourNewest(), adoption.versionsBehind(), adoption.declined());
    }
}
