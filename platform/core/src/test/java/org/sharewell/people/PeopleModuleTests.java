package org.sharewell.people;

import org.junit.jupiter.api.Test;
import org.sharewell.Organisations;
import org.sharewell.accounts.AccountCreated;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.people.PeopleEvent.PersonAdded;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people module with the modules it uses (accounts, mail, tenancy, audit) and the database:
 * the founder of a new organisation becomes its first person and tenant admin, and an admin's
 * additions and changes are announced with who made them, ready for the audit log. Each scenario
 * of an admin's runs inside the organisation, so its transaction is bound to it as a request's is.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@Import(Organisations.class)
class PeopleModuleTests {

    static final PersonDetails VIC = new PersonDetails("Vic Volunteer", "vic@example.org", PersonKind.VOLUNTEER,
            VolunteerTerm.LONG_SERVING, null);

    final People people;
    final Organisations organisations;

    PeopleModuleTests(People people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Test
    void theFounderOfANewOrganisationBecomesItsFirstPersonAndTenantAdmin(Scenario scenario) {
        scenario.stimulate(() -> organisations.signUpDirectly("meadow", TenantKind.LOCAL_GROUP))
                .andWaitForEventOfType(AccountCreated.class)
                .matching(AccountCreated::founder)
                .toArriveAndVerify((created, signedUp) -> {
                    var admins = Organisations.asAdmin(signedUp.tenant().id(), people::admins);
                    assertThat(admins).singleElement().satisfies(founder -> {
                        assertThat(founder.fullName()).isEqualTo("Ada Admin");
                        assertThat(founder.accountId()).isEqualTo(created.accountId());
                        assertThat(founder.keyRoles()).containsExactly(KeyRole.TENANT_ADMIN);
                    });
                });
    }

    @Test
    @WithMockUser(username = "jo@example.org", roles = "ADMIN")
    void addingAPersonIsAnnouncedWithTheirNameKindAndWhoAddedThem(Scenario scenario) {
        TenantId tenant = organisations.signUpDirectly("people", TenantKind.LOCAL_GROUP).tenant().id();

        TenantScope.runAs(tenant, () -> scenario.stimulate(() -> people.add(VIC))
                .andWaitForEventOfType(PersonAdded.class)
                .matching(added -> added.tenantId().equals(tenant))
                .toArriveAndVerify((added, person) -> {
                    assertThat(added.personId()).isEqualTo(person.id());
                    assertThat(added.name()).isEqualTo("Vic Volunteer");
                    assertThat(added.kind()).isEqualTo(PersonKind.VOLUNTEER);
                    assertThat(added.actor()).isEqualTo(new Actor(null, "jo@example.org"));
                }));
    }

    @Test
    @WithMockUser(username = "jo@example.org", roles = "ADMIN")
    void grantingAKeyRoleIsAnnouncedAsAChangeOfRolesWithTheRolesBeforeAndAfter(Scenario scenario) {
        TenantId tenant = organisations.signUpDirectly("roles", TenantKind.LOCAL_GROUP).tenant().id();
        PersonId vic = TenantScope.callAs(tenant, () -> people.add(VIC).id());

        TenantScope.runAs(tenant, () -> scenario.stimulate(() -> people.grant(vic, KeyRole.CHAMPION))
                .andWaitForEventOfType(PersonChanged.class)
                .matching(changed -> changed.personId().equals(vic))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.area()).isEqualTo(AuditArea.ROLES);
                    assertThat(changed.change()).isEqualTo("Key role granted");
                    assertThat(changed.before()).isEqualTo("No key roles");
                    assertThat(changed.after()).isEqualTo("Social media champion");
                }));
    }
}
