package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

import java.time.LocalDate;

/**
 * Published when the account coordinator revoked a licence to post.
 *
 * @param expiresOn the last valid day it had; null if it had none
 */
public record LicenceRevoked(TenantId tenantId, LicenceId licenceId, PersonId personId, String name,
                             LocalDate expiresOn, String reason, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Licence revoked", name,
                "Licence " + Licence.validity(expiresOn), "Revoked: " + reason);
    }
}
