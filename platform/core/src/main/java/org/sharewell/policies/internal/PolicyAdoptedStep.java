package org.sharewell.policies.internal;

import org.sharewell.membership.OnboardingSource;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.PublishedDocuments;
import org.springframework.stereotype.Component;

/** A member group has adopted a social media policy once it has published one for its own people. */
@Component
class PolicyAdoptedStep implements OnboardingSource {

    private final PublishedDocuments documents;

    PolicyAdoptedStep(PublishedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public OnboardingStep step() {
        return OnboardingStep.POLICY_ADOPTED;
    }

    @Override
    public boolean isDone() {
        return documents.hasPublishedOwn(DocumentKind.POLICY);
    }
}
