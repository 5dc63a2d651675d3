package org.sharewell.accounts;

import org.sharewell.tenancy.TenantId;

/**
 * A login: a way for one person to sign in to one tenant. What the login may do is not stored
 * here: it is worked out afresh on every request by the {@link Authorities} sources.
 */
public record Account(TenantId tenantId, AccountId id, String email, String displayName, boolean active)
        implements java.io.Serializable {
}
