package org.sharewell.posting;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/** What the posting module publishes, each recorded by the audit log in the transaction of the change. */
public sealed interface PostingEvent extends Auditable {

    /** Published when someone sent a draft post to the communications contact. */
    record CheckAsked(TenantId tenantId, CheckRequestId request, String platform, String contact, Actor actor)
            implements PostingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Asked \"can I post this?\"", "A post for " + platform, "",
                    "sent to " + contact + " to check");
        }
    }

    /** Published when the communications contact answered a check request. */
    record CheckAnswered(TenantId tenantId, CheckRequestId request, String platform, CheckStatus answer, String requester,
                         Actor actor) implements PostingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.POLICIES, "Answered \"can I post this?\"", "A post for " + platform,
                    "", answer.description() + " (asked by " + requester + ")");
        }
    }
}
