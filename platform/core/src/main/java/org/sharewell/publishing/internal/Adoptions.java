package org.sharewell.publishing.internal;

import org.sharewell.publishing.Adoption;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.Version;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * Who adopted one of our templates and how far they are behind, read as far as row-level security
 * lets us: member groups that share {@code POLICY} with us. {@link DocumentService} checks who asks.
 */
@Component
class Adoptions {

    private final DocumentStore documents;
    private final VersionStore versions;
    private final DecisionStore decisions;
    private final Tenants tenants;

    Adoptions(DocumentStore documents, VersionStore versions, DecisionStore decisions, Tenants tenants) {
        this.documents = documents;
        this.versions = versions;
        this.decisions = decisions;
        this.tenants = tenants;
    }

    List<Adoption> of(Document ours) {
        int newest = ours.latestVersion() == null ? 0 : ours.latestVersion();
        var adopted = documents.adoptionsOf(ours.ref());
        var names = tenants.findAll(adopted.stream().map(found -> found.ref().publisher()).toList());
        return adopted.stream().map(found -> new Adoption(found.ref(),
                        names.containsKey(found.ref().publisher()) ? names.get(found.ref().publisher()).name() : "",
                        found.title(), found.latestVersion(),
                        found.latestVersion() == null ? null
                                : versions.find(found.ref(), found.latestVersion()).map(Version::publishedAt).orElse(null),
                        found.source() == null ? 0 : found.source().version(), newest, decisions.declined(found.ref())))
                .sorted(Comparator.comparing(Adoption::organisationName)).toList();
    }
}
