package org.sharewell.publishing;

import org.jspecify.annotations.Nullable;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

import java.util.List;

/** What the publishing module publishes, each recorded by the audit log in the transaction of the change. */
public sealed interface PublishingEvent extends Auditable {

    /**
     * Published when an organisation started a document.
     *
     * @param adoptedFrom the name of the organisation whose document it was adopted from; null if its own
     */
    record DocumentCreated(TenantId tenantId, DocumentId documentId, DocumentKind kind, String title, Audience audience,
                           @Nullable String adoptedFrom, Actor actor) implements PublishingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, kind.area(), adoptedFrom == null ? "Document started" : "Document adopted", title, "",
                    (adoptedFrom == null ? "" : "From " + adoptedFrom + "; ") + "for " + audience.description().toLowerCase());
        }
    }

    /** Published when a version was published; readers of a substantive one are asked to read it again. */
    record VersionPublished(TenantId tenantId, DocumentId documentId, DocumentKind kind, String title, int number,
                            Change change, String summary, Audience audience, Actor actor) implements PublishingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, kind.area(), "Version " + number + " published", title,
                    number == 1 ? "" : "Version " + (number - 1),
                    "Version " + number + ", " + (change == Change.MINOR ? "minor" : "substantive") + ": " + summary);
        }
    }

    /** Published when an adopter took in an upstream version, saying how many amendments it took, edited and declined. */
    record UpstreamTaken(TenantId tenantId, DocumentId documentId, DocumentKind kind, String title, String publisher,
                         int fromVersion, int toVersion, int taken, int edited, int declined, Actor actor)
            implements PublishingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, kind.area(), "Upstream changes decided", title,
                    publisher + "'s version " + fromVersion, publisher + "'s version " + toVersion + ": " + taken + " taken, "
                            + edited + " taken with changes, " + declined + " declined");
        }
    }

    /** Published when the organisation's answers to placeholders changed; each entry reads "label: before → after". */
    record AnswersChanged(TenantId tenantId, List<String> changes, Actor actor) implements PublishingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Placeholder answers changed", "Your organisation's documents",
                    "", String.join("; ", changes));
        }
    }
}
