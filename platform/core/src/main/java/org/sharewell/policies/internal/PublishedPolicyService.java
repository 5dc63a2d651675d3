package org.sharewell.policies.internal;

import org.sharewell.policies.PublishedPolicies;
import org.sharewell.policies.PublishedPolicy;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.PublishedDocuments;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The public side of an organisation's policies; see {@link PublishedPolicies}. */
@Service
@Transactional(readOnly = true)
class PublishedPolicyService implements PublishedPolicies {

    private final PublishedDocuments documents;
    private final Tenants tenants;

    PublishedPolicyService(PublishedDocuments documents, Tenants tenants) {
        this.documents = documents;
        this.tenants = tenants;
    }

    @Override
    public Optional<PublishedPolicy> find(DocumentId policy) {
        String organisation = tenants.findById(TenantScope.required()).map(Tenant::name).orElse("");
        return documents.newest(policy).map(version -> new PublishedPolicy(organisation, version));
    }

    @Override
    public Optional<byte[]> pdf(DocumentId policy) {
        return find(policy).map(PolicyPdf::of);
    }
}
