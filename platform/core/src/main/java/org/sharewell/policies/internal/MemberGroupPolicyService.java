package org.sharewell.policies.internal;

import org.sharewell.kernel.Roles;
import org.sharewell.policies.MemberGroupPolicies;
import org.sharewell.policies.MemberGroupPolicy;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.Documents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** How member groups' adopted policies stand, for their umbrella body; see {@link MemberGroupPolicies}. */
@Service
@Transactional(readOnly = true)
class MemberGroupPolicyService implements MemberGroupPolicies {

    private final Documents documents;
    private final ReviewStore reviews;
    private final AcknowledgementStore acknowledgements;

    MemberGroupPolicyService(Documents documents, ReviewStore reviews, AcknowledgementStore acknowledgements) {
        this.documents = documents;
        this.reviews = reviews;
        this.acknowledgements = acknowledgements;
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public List<MemberGroupPolicy> adoptedFrom(DocumentId template) {
        return documents.adoptions(template).stream().map(adoption -> {
            var counts = acknowledgements.countsOf(adoption.document());
            return new MemberGroupPolicy(adoption, reviews.dueOnOf(adoption.document()).orElse(null),
                    counts.map(AcknowledgementStore.Counts::version).orElse(null),
                    counts.map(AcknowledgementStore.Counts::acknowledged).orElse(0),
                    counts.map(AcknowledgementStore.Counts::readers).orElse(0));
        }).toList();
    }
}
