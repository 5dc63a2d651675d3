package org.sharewell.accounts;

import org.sharewell.tenancy.TenantId;

/** A login: a person who can sign in to one tenant. */
public record Account(TenantId tenantId, AccountId id, String email, String displayName, Role role, boolean active)
        implements java.io.Serializable {
}
