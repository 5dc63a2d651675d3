package org.sharewell.policies;

import org.sharewell.publishing.DocumentId;

import java.util.Optional;

/**
 * An organisation's published policies, for anyone: each has a public page at a stable address and a
 * PDF to print or keep. Needs no role, only the organisation bound to the transaction (the address the
 * request came to). Only a document for the organisation's own people is public, never a template or a draft.
 */
public interface PublishedPolicies {

    /** The newest published version of the bound organisation's policy; empty if there is none. */
    Optional<PublishedPolicy> find(DocumentId policy);

    /**
     * The same as an accessible PDF (PDF/UA: tagged, real text, headings, its title and the
     * organisation's name in its properties, fonts embedded); empty if there is no such policy.
     */
    Optional<byte[]> pdf(DocumentId policy);
}
