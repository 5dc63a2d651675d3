package org.sharewell.publishing.internal;

import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.PublishedDocuments;
import org.sharewell.publishing.Version;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reading the bound organisation's published documents for its own people, with nobody signed in; see {@link PublishedDocuments}. */
@Service
@Transactional(readOnly = true)
class PublishedDocumentService implements PublishedDocuments {

    private final DocumentStore documents;
    private final VersionStore versions;

    PublishedDocumentService(DocumentStore documents, VersionStore versions) {
        this.documents = documents;
        this.versions = versions;
    }

    @Override
    public boolean hasPublishedOwn(DocumentKind kind) {
        return documents.hasPublishedOwn(kind);
    }

    @Override
    public List<Version> newestOwn(DocumentKind kind) {
        return documents.publishedOwn(kind).stream()
                .flatMap(found -> versions.find(found.ref(), found.latestVersion()).stream()).toList();
    }

    @Override
    public Optional<Version> newest(DocumentId document) {
        return own(document).filter(found -> found.latestVersion() != null)
                .flatMap(found -> versions.find(found.ref(), found.latestVersion()));
    }

    @Override
    public Optional<Version> version(DocumentId document, int number) {
        return own(document).flatMap(found -> versions.find(found.ref(), number));
    }

    @Override
    public List<Comparison.Row> changes(DocumentId document, int from, int to) {
        var before = version(document, from);
        var after = version(document, to);
        return before.isEmpty() || after.isEmpty() ? List.of() : WordComparison.rows(before.get().filled(), after.get().filled());
    }

    private Optional<DocumentStore.Stored> own(DocumentId document) {
        return documents.find(new DocumentRef(TenantScope.required(), document))
                .filter(found -> found.audience() == Audience.OWN_ORGANISATION);
    }
}
