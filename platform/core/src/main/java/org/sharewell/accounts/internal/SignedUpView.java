package org.sharewell.accounts.internal;

import org.sharewell.tenancy.TenantKind;

import java.net.URI;

/** A new organisation as the sign-up API shows it: where it lives and who its first admin is. */
record SignedUpView(String slug, String name, TenantKind kind, String adminEmail, URI address) {
}
