package org.sharewell.policies.internal;

import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.PublishingEvent.VersionPublished;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A substantive version of a policy for the organisation's own people asks them to read it, in the
 * publishing transaction: the version and the requests commit together. A minor version, and a
 * template for other organisations, asks nobody.
 */
@Component
class AskToRead {

    private final AcknowledgementService acknowledgements;

    AskToRead(AcknowledgementService acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @EventListener
    void on(VersionPublished published) {
        if (published.kind() == DocumentKind.POLICY && published.audience() == Audience.OWN_ORGANISATION
                && published.change() == Change.SUBSTANTIVE) {
            // Bound from the event rather than trusting whatever scope the publisher happened to have.
            TenantScope.runAs(published.tenantId(),
                    () -> acknowledgements.ask(published.documentId(), published.title(), published.number()));
        }
    }
}
