package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

import java.time.LocalDate;

/**
 * Published when the account coordinator granted a licence to post.
 *
 * @param expiresOn its last valid day; null if it does not expire
 */
public record LicenceGranted(TenantId tenantId, LicenceId licenceId, ApplicationId applicationId, PersonId personId,
                             String name, LocalDate expiresOn, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Licence granted", name,
                "Application waiting for a decision", "Licence " + Licence.validity(expiresOn));
    }
}
