package org.sharewell.admin.membership;

import org.sharewell.admin.shared.Audience;
import org.sharewell.membership.Umbrellas;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which organisations the membership pages are {@linkplain org.sharewell.admin.shared.OfferedTo offered to}. */
@Configuration(proxyBeanMethods = false)
class MembershipAudiences {

    /** Organisations that support others, such as a Council for Voluntary Service: only they have member groups. */
    interface InfrastructureBodies extends Audience {
    }

    /**
     * Organisations with something to see on the umbrella bodies page: every local group, which an
     * umbrella body may invite at any time, and any other organisation that is, was or has been invited
     * to be a member group. An infrastructure body with none of these would find only an empty page.
     */
    interface GroupsWithUmbrellas extends Audience {
    }

    @Bean
    InfrastructureBodies infrastructureBodies(TenantSettings settings) {
        return () -> settings.tenant().kind() == TenantKind.INFRASTRUCTURE_BODY;
    }

    @Bean
    GroupsWithUmbrellas groupsWithUmbrellas(TenantSettings settings, Umbrellas umbrellas) {
        return () -> settings.tenant().kind() == TenantKind.LOCAL_GROUP || !umbrellas.list().isEmpty()
                || !umbrellas.invitations().isEmpty();
    }
}
