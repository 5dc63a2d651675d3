package org.sharewell.tenancy;

/** Published when a new organisation has joined Sharewell. */
public record TenantRegistered(TenantId tenantId, Slug slug, String name, TenantKind kind) {
}
