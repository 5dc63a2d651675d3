package org.sharewell.accounts;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantId;

/**
 * Published when an admin starts or stops requiring two-step sign-in of the organisation's admins
 * and coordinators, inside the transaction that makes the change, so its audit entry shares its fate.
 */
public record SignInRuleChanged(TenantId tenantId, Actor actor, String organisationName, boolean required)
        implements Auditable {

    @Override
    public AuditRecord audit() {
        return new AuditRecord(actor, AuditArea.SETTINGS,
                required ? "Two-step sign-in required" : "Two-step sign-in no longer required", organisationName,
                describe(!required), describe(required));
    }

    private static String describe(boolean required) {
        return "Admins and coordinators: " + (required ? "two-step sign-in required" : "two-step sign-in optional");
    }
}
