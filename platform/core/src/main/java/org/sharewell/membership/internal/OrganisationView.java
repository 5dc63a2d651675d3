package org.sharewell.membership.internal;

import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantKind;

import java.net.URI;

/** The other organisation of a link, as the REST API shows it, with its address. */
record OrganisationView(String name, String slug, TenantKind kind, URI address) {

    static OrganisationView of(Tenant tenant, TenantAddresses addresses) {
        return new OrganisationView(tenant.name(), tenant.slug().value(), tenant.kind(), addresses.homeOf(tenant.slug()));
    }
}
