package org.sharewell.accounts;

import org.sharewell.tenancy.TenantId;

/** Published when a login has been created. Carries its tenant so listeners can bind it explicitly. */
public record AccountCreated(TenantId tenantId, AccountId accountId, Role role) {
}
