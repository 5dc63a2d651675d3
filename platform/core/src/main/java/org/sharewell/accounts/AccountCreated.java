package org.sharewell.accounts;

import org.sharewell.tenancy.TenantId;

/**
 * Published when a login has been created, in the same transaction. Carries its tenant so
 * listeners can bind it explicitly.
 *
 * @param founder true for the first admin created by signing an organisation up
 */
public record AccountCreated(TenantId tenantId, AccountId accountId, String displayName, String email, boolean founder) {
}
