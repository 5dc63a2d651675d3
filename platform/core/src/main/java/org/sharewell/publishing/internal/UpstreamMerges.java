package org.sharewell.publishing.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.PublishingEvent.UpstreamTaken;
import org.sharewell.publishing.Source;
import org.sharewell.publishing.Upstream;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The upstream side of an adopted document: reading the source's versions (as far as row-level
 * security still lets the adopter), merging them three ways with the draft, and recording what was
 * decided. {@link DocumentService} checks who may ask; this does the work.
 */
@Component
class UpstreamMerges {

    private static final String NOT_ADOPTED = "This document was not adopted from another organisation's, "
            + "or your organisation may no longer read the one it came from.";

    private final DocumentStore documents;
    private final VersionStore versions;
    private final DecisionStore decisions;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UpstreamMerges(DocumentStore documents, VersionStore versions, DecisionStore decisions, Tenants tenants,
                   ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.decisions = decisions;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** The upstream of one of the organisation's documents, with the draft as "mine". */
    Upstream of(Document document, String draft) {
        var source = document.source();
        if (source == null) {
            throw new NotFound(NOT_ADOPTED);
        }
        var upstream = documents.find(source.document()).filter(found -> found.latestVersion() != null)
                .orElseThrow(() -> new NotFound(NOT_ADOPTED));
        String publisher = tenants.findById(source.document().publisher()).map(Tenant::name).orElse("");
        int newest = upstream.latestVersion();
        if (newest <= source.version()) {
            return new Upstream(source.document(), publisher, upstream.title(), source.version(), source.version(), List.of());
        }
        return new Upstream(source.document(), publisher, upstream.title(), source.version(), newest,
                merge(source, newest, draft).amendments());
    }

    /** Whether the draft can be published as it is: no upstream amendment conflicts with it undecided. */
    Optional<String> blockOnPublishing(Document document, String draft) {
        if (document.source() == null) {
            return Optional.empty();
        }
        try {
            var upstream = of(document, draft);
            return upstream.hasConflicts() ? Optional.of("Version " + upstream.newest() + " of " + upstream.publisherName()
                    + "'s \"" + upstream.title() + "\" changes text you have changed too. Decide on those changes before "
                    + "publishing.") : Optional.empty();
        } catch (NotFound noLongerReadable) {
            return Optional.empty();
        }
    }

    /** Merges as decided, records the decisions and moves the base on; the merged text, for the draft. */
    String take(Document document, String draft, int newest, List<Upstream.Choice> choices) {
        var upstream = of(document, draft);
        if (upstream.isUpToDate()) {
            throw new Conflict("Your document has taken in every version of the one it came from already.");
        }
        if (upstream.newest() != newest) {
            throw new Conflict("The document yours came from has changed again (it is at version " + upstream.newest()
                    + "). Look at its changes again.");
        }
        var source = document.source();
        String merged = merge(source, newest, draft).apply(choices);
        var chosen = new HashMap<Integer, Upstream.Choice>();
        choices.forEach(choice -> chosen.put(choice.amendment(), choice));
        int taken = 0;
        int edited = 0;
        int declined = 0;
        for (var amendment : upstream.amendments()) {
            var choice = chosen.get(amendment.number());
            Decision decision = choice == null ? Decision.TAKEN : choice.decision();
            // Only a declined change keeps its reason: a form sends an empty one with every other choice.
            String reason = decision == Decision.DECLINED && choice.reason() != null && !choice.reason().isBlank()
                    ? choice.reason().strip() : null;
            decisions.insert(document.id(), newest, amendment.number(), decision, amendment.after(), reason,
                    Actor.current().name(), clock.instant());
            switch (decision) {
                case TAKEN -> taken++;
                case EDITED -> edited++;
                case DECLINED -> declined++;
            }
        }
        documents.tookUpstream(document.id(), newest);
        events.publishEvent(new UpstreamTaken(document.ref().publisher(), document.id(), document.kind(), document.title(),
                upstream.publisherName(), source.version(), newest, taken, edited, declined, Actor.current()));
        return merged;
    }

    private ThreeWayMerge merge(Source source, int newest, String draft) {
        var base = versions.find(source.document(), source.version()).orElseThrow(() -> new NotFound(NOT_ADOPTED));
        var theirs = versions.find(source.document(), newest).orElseThrow(() -> new NotFound(NOT_ADOPTED));
        return new ThreeWayMerge(base.body(), draft, theirs.body());
    }
}
