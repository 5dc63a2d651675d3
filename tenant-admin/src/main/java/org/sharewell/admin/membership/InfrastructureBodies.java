package org.sharewell.admin.membership;

import org.sharewell.admin.shared.Audience;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.stereotype.Component;

/** Organisations that support others, such as a Council for Voluntary Service: only they have member groups. */
@Component
class InfrastructureBodies implements Audience {

    private final TenantSettings settings;

    InfrastructureBodies(TenantSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean includesThisOrganisation() {
        return settings.tenant().kind() == TenantKind.INFRASTRUCTURE_BODY;
    }
}
