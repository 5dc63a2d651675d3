package org.sharewell.publishing;

import java.util.List;
import java.util.Optional;

/**
 * The bound organisation's published documents for its own people, for reading with nobody signed in:
 * its public policy page, a person's emailed link to read a policy, the onboarding checklist. Needs no
 * role; only documents of the organisation bound to the transaction (the address the request came to),
 * and only those for its own people: never a template, a draft, or another organisation's.
 */
public interface PublishedDocuments {

    /** Whether the organisation has published a document of its own of this kind for its own people. */
    boolean hasPublishedOwn(DocumentKind kind);

    /** The newest published version of each such document of this kind, by title. */
    List<Version> newestOwn(DocumentKind kind);

    /** The newest published version of such a document; empty if there is none. */
    Optional<Version> newest(DocumentId document);

    /** One published version of such a document; empty if there is none. */
    Optional<Version> version(DocumentId document, int number);

    /** Two published versions of such a document, line by line (as {@link Documents#compare}); empty if either is missing. */
    List<Comparison.Row> changes(DocumentId document, int from, int to);
}
