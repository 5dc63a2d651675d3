package org.sharewell.policies.internal;

import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.PublishingEvent.VersionPublished;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A substantive version of a policy for the organisation's own people asks them to read it and
 * restarts its review clock, in the publishing transaction: the version, the requests and the review
 * date commit together. A minor version, and a template for other organisations, do neither.
 */
@Component
class SubstantiveVersions {

    private final AcknowledgementService acknowledgements;
    private final ReviewService reviews;

    SubstantiveVersions(AcknowledgementService acknowledgements, ReviewService reviews) {
        this.acknowledgements = acknowledgements;
        this.reviews = reviews;
    }

    @EventListener
    void on(VersionPublished published) {
        if (published.kind() == DocumentKind.POLICY && published.audience() == Audience.OWN_ORGANISATION
                && published.change() == Change.SUBSTANTIVE) {
            // Bound from the event rather than trusting whatever scope the publisher happened to have.
            TenantScope.runAs(published.tenantId(), () -> {
                acknowledgements.ask(published.documentId(), published.title(), published.number());
                reviews.published(published.documentId());
            });
        }
    }
}
