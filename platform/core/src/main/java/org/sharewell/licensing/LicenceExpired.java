package org.sharewell.licensing;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

import java.time.LocalDate;

/**
 * Published once, by Sharewell itself, after a licence's last valid day has passed. The licence
 * stopped counting at midnight whether or not this has been published yet.
 */
public record LicenceExpired(TenantId tenantId, LicenceId licenceId, PersonId personId, String name,
                             LocalDate expiresOn, Actor actor) implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.LICENCES, "Licence expired", name,
                "Licence " + Licence.validity(expiresOn), "Expired");
    }
}
