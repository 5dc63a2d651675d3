package org.sharewell.admin.membership;

import org.sharewell.admin.shared.Audience;
import org.sharewell.membership.Umbrellas;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.stereotype.Component;

/**
 * Organisations with something to see on the umbrella bodies page: every local group, which an
 * umbrella body may invite at any time, and any other organisation that is, was or has been invited
 * to be a member group. An infrastructure body with none of these would find only an empty page.
 */
@Component
class GroupsWithUmbrellas implements Audience {

    private final TenantSettings settings;
    private final Umbrellas umbrellas;

    GroupsWithUmbrellas(TenantSettings settings, Umbrellas umbrellas) {
        this.settings = settings;
        this.umbrellas = umbrellas;
    }

    @Override
    public boolean includesThisOrganisation() {
        return settings.tenant().kind() == TenantKind.LOCAL_GROUP || !umbrellas.list().isEmpty()
                || !umbrellas.invitations().isEmpty();
    }
}
