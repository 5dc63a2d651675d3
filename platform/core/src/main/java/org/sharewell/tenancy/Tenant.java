package org.sharewell.tenancy;

import java.time.Instant;

/** A registered organisation. */
public record Tenant(TenantId id, Slug slug, String name, TenantKind kind, Instant registeredAt) {
}
