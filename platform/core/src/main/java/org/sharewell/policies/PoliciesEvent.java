package org.sharewell.policies;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.publishing.DocumentId;
import org.sharewell.tenancy.TenantId;

/** What the policies module publishes, each recorded by the audit log in the transaction of the change. */
public sealed interface PoliciesEvent extends Auditable {

    /** Published when people were asked to read a new version of a policy. */
    record AcknowledgementsAsked(TenantId tenantId, DocumentId policy, String title, int version, int people, Actor actor)
            implements PoliciesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Asked to read version " + version, title, "",
                    people + (people == 1 ? " person" : " people") + " asked to read it within " + Acknowledgements.DAYS_TO_READ
                            + " days");
        }
    }

    /** Published when an admin recorded that a policy was reviewed and nothing needs changing. */
    record PolicyReviewed(TenantId tenantId, DocumentId policy, String title, java.time.LocalDate nextDueOn, String note,
                          Actor actor) implements PoliciesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Reviewed, no change", title, "",
                    "\"" + note + "\"; next review by " + org.sharewell.kernel.UkTime.date(nextDueOn));
        }
    }

    /**
     * Published when someone acknowledged a version of a policy.
     *
     * @param how "by the emailed link", or "signed in"
     */
    record PolicyAcknowledged(TenantId tenantId, DocumentId policy, String title, int version, String person, String how,
                              Actor actor) implements PoliciesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Policy read and acknowledged", title + ", version " + version,
                    "", person + " has read it (" + how + ")");
        }
    }
}
