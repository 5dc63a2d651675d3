package org.sharewell.licensing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.Organisations;
import org.sharewell.accounts.AccountId;
import org.sharewell.audit.Actor;
import org.sharewell.licensing.LicensingEvent.LicenceAppliedFor;
import org.sharewell.licensing.LicensingEvent.LicenceGranted;
import org.sharewell.licensing.LicensingEvent.TrainingRecorded;
import org.sharewell.licensing.LicensingEvent.TrainingRequirementsChanged;
import org.sharewell.people.Invitations;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonKind;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licensing module with the modules it uses (people, accounts, mail, tenancy, audit) and the
 * database: applying, recording training, granting and changing the required training are each
 * announced with who did it, as the signed-in person, ready for the audit log. The admin applies;
 * Cam, a champion and the account coordinator, vouches and decides. Each stimulus makes its own
 * transactions in the organisation, as a request does.
 *
 * <p>Accounts and audit are named: licensing uses only their types ({@code AccountId}, {@code Actor},
 * {@code Auditable}), so Spring Modulith would leave them out, but people, which licensing does use,
 * needs their {@code Accounts} and {@code AuditLog}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"database", "accounts", "audit"})
@Import(Organisations.class)
class LicensingModuleTests {

    final Licences licences;
    final TrainingRequirements requirements;
    final People people;
    final Invitations invitations;
    final Organisations organisations;

    TenantId tenant;
    AccountId admin;
    AccountId cam;

    LicensingModuleTests(Licences licences, TrainingRequirements requirements, People people, Invitations invitations,
                         Organisations organisations) {
        this.licences = licences;
        this.requirements = requirements;
        this.people = people;
        this.invitations = invitations;
        this.organisations = organisations;
    }

    @BeforeEach
    void anAdminAndAChampionWhoIsAlsoTheCoordinator() {
        var signedUp = organisations.signUpDirectly("licensing", TenantKind.LOCAL_GROUP);
        tenant = signedUp.tenant().id();
        admin = signedUp.admin().id();
        String email = "cam@" + signedUp.tenant().slug().value() + ".example";
        Organisations.asAdmin(tenant, () -> {
            var person = people.add(new PersonDetails("Cam Champion", email, PersonKind.STAFF, null, null));
            people.grant(person.id(), KeyRole.CHAMPION);
            people.grant(person.id(), KeyRole.ACCOUNT_COORDINATOR);
            return invitations.invite(person.id());
        });
        String token = organisations.tokenInLatestEmailTo(tenant, email, "/invitation/");
        TenantScope.runAs(tenant, () -> invitations.accept(token, ApiCalls.PASSWORD));
        cam = organisations.login(tenant, email).id();
    }

    @Test
    void applyingIsAnnouncedWithTheApplicantAsTheSignedInPerson(Scenario scenario) {
        scenario.stimulate(_ -> organisations.as(tenant, admin, licences::apply))
                .andWaitForEventOfType(LicenceAppliedFor.class)
                .matching(applied -> applied.tenantId().equals(tenant))
                .toArriveAndVerify((applied, application) -> {
                    assertThat(applied.applicationId()).isEqualTo(application.id());
                    assertThat(applied.personId()).isEqualTo(application.personId());
                    assertThat(applied.name()).isEqualTo("Ada Admin");
                    assertThat(applied.actor()).isEqualTo(new Actor(admin.value(), "Ada Admin"));
                });
    }

    @Test
    void aGrantOnceTheTrainingIsRecordedIsAnnouncedWithItsLastValidDay(Scenario scenario, AssertablePublishedEvents events) {
        var application = organisations.as(tenant, admin, licences::apply);
        for (var training : application.training()) {
            organisations.as(tenant, cam, () -> licences.recordTraining(application.id(), training.item().id()));
        }
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(12);

        scenario.stimulate(_ -> organisations.as(tenant, cam, () -> licences.grant(application.id(), lastDay)))
                .andWaitForEventOfType(LicenceGranted.class)
                .matching(granted -> granted.tenantId().equals(tenant))
                .toArriveAndVerify((granted, licence) -> {
                    assertThat(granted.licenceId()).isEqualTo(licence.id());
                    assertThat(granted.applicationId()).isEqualTo(application.id());
                    assertThat(granted.name()).isEqualTo("Ada Admin");
                    assertThat(granted.expiresOn()).isEqualTo(lastDay);
                    assertThat(granted.actor()).isEqualTo(new Actor(cam.value(), "Cam Champion"));
                    assertThat(events.ofType(TrainingRecorded.class).matching(recorded -> recorded.tenantId().equals(tenant)))
                            .hasSize(application.training().size())
                            .allSatisfy(recorded -> assertThat(recorded.actor().name()).isEqualTo("Cam Champion"));
                });
    }

    @Test
    void changingTheRequiredTrainingIsAnnouncedWithTheListBeforeAndAfter(Scenario scenario) {
        var before = organisations.as(tenant, admin, requirements::list);
        var kept = before.getFirst();
        var items = List.of(new TrainingItemDetails(kept.id(), kept.title(), kept.description()),
                new TrainingItemDetails(null, "Spotting scams", "Fake prize draws and phishing messages."));

        scenario.stimulate(_ -> organisations.as(tenant, admin, () -> requirements.change(items)))
                .andWaitForEventOfType(TrainingRequirementsChanged.class)
                .matching(changed -> changed.tenantId().equals(tenant))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.before()).hasSize(before.size());
                    assertThat(changed.after()).hasSize(2).last().isEqualTo("Spotting scams: Fake prize draws and phishing messages.");
                    assertThat(changed.actor()).isEqualTo(new Actor(admin.value(), "Ada Admin"));
                });
    }
}
