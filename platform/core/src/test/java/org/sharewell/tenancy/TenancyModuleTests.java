package org.sharewell.tenancy;

import org.junit.jupiter.api.Test;
import org.sharewell.Organisations;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenancy module on its own (with the database, and the shared kernel and web conventions): an
 * organisation joining the registry is announced with its id, address, name and kind, and a tenant
 * admin's change of name and colour with the settings before and after, in the words the audit log
 * shows. Each scenario runs inside the organisation, so its transaction is bound to it as a request's is.
 */
@ApplicationModuleTest(extraIncludes = "database")
@Import(Organisations.class)
class TenancyModuleTests {

    final Tenants tenants;
    final TenantSettings settings;
    final Organisations organisations;

    TenancyModuleTests(Tenants tenants, TenantSettings settings, Organisations organisations) {
        this.tenants = tenants;
        this.settings = settings;
        this.organisations = organisations;
    }

    @Test
    void anOrganisationJoiningTheRegistryIsAnnounced(Scenario scenario) {
        TenantId id = TenantId.random();
        Slug slug = new Slug("meadow-" + id.toString().substring(0, 8));

        TenantScope.runAs(id, () -> scenario
                .stimulate(() -> tenants.register(id, slug, "Meadow Singers", TenantKind.INFRASTRUCTURE_BODY))
                .andWaitForEventOfType(TenantRegistered.class)
                .matching(event -> event.tenantId().equals(id))
                .toArriveAndVerify((event, registered) -> {
                    assertThat(event.slug()).isEqualTo(slug);
                    assertThat(event.name()).isEqualTo("Meadow Singers");
                    assertThat(event.kind()).isEqualTo(TenantKind.INFRASTRUCTURE_BODY);
                    assertThat(tenants.findBySlug(slug)).contains(registered);
                }));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aChangeOfNameAndColourIsAnnouncedWithTheSettingsBeforeAndAfter(Scenario scenario) {
        TenantId choir = organisations.register("choir");

        TenantScope.runAs(choir, () -> scenario
                .stimulate(() -> settings.change("Meadow Choir", "#0B5394"))
                .andWaitForEventOfType(TenantSettingsChanged.class)
                .matching(event -> event.tenantId().equals(choir))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisationName()).isEqualTo("Meadow Choir");
                    assertThat(event.action()).isEqualTo("Name and colour changed");
                    assertThat(event.before()).isEqualTo("Name: The choir group; colour: none");
                    assertThat(event.after()).isEqualTo("Name: Meadow Choir; colour: #0b5394");
                }));
    }
}
