package org.sharewell.licensing;

import org.sharewell.licensing.LicensingEvent.TrainingRecorded;

import org.sharewell.licensing.LicensingEvent.LicenceRevoked;

import org.sharewell.licensing.LicensingEvent.LicenceGranted;

import org.sharewell.licensing.LicensingEvent.LicenceDeclined;

import org.sharewell.licensing.LicensingEvent.LicenceAppliedFor;

import org.sharewell.kernel.UkTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.Organisation.Member;
import org.sharewell.Organisation;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The licence to post through the REST API, as the issue describes it: a volunteer applies, a
 * champion records their training, the coordinator grants (or declines, or later revokes) it, and
 * only then can an admin raise the volunteer's level.
 */
@IntegrationTest
@RecordApplicationEvents
class LicensingApiTests {

    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    ApplicationEvents events;

    Organisation team;
    Member admin;
    Member coordinator;
    Member champion;
    Member volunteer;

    @BeforeEach
    void anOrganisationWithAChampionACoordinatorAndAVolunteer() throws Exception {
        team = organisations.signUp("licensing");
        admin = team.admin();
        coordinator = team.join("Cora Coordinator", KeyRole.ACCOUNT_COORDINATOR);
        champion = team.join("Cam Champion", KeyRole.CHAMPION);
        volunteer = team.join("Val Volunteer");
    }

    @Test
    void aVolunteerIsTrainedLicensedAndThenMadeALicensedPoster() throws Exception {
        var applied = call(POST, "/api/v1/licence-applications", volunteer, null, 201);
        assertThat(applied.get("status").asString()).isEqualTo("PENDING");
        assertThat(applied.get("training")).hasSize(3).allSatisfy(item -> assertThat(item.get("done").asBoolean()).isFalse());
        String application = applied.get("id").asString();

        for (JsonNode item : applied.get("training")) {
            call(POST, "/api/v1/licence-applications/" + application + "/training/" + item.get("itemId").asString(), champion, null, 200);
        }
        var trained = call(GET, "/api/v1/licence-applications/mine", volunteer, null, 200);
        assertThat(trained.get("trainingComplete").asBoolean()).isTrue();
        assertThat(trained.get("training").get(0).get("recordedBy").asString()).isEqualTo("Cam Champion");

        LocalDate inAYear = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(12);
        var licence = call(POST, "/api/v1/licence-applications/" + application + "/grant", coordinator,
                "{\"expiresOn\": \"" + inAYear + "\"}", 201);
        assertThat(licence.get("state").asString()).isEqualTo("VALID");
        assertThat(licence.get("expiresOn").asString()).isEqualTo(inAYear.toString());
        assertThat(call(GET, "/api/v1/licences/mine", volunteer, null, 200).get("id").asString()).isEqualTo(licence.get("id").asString());

        team.changeLevel(volunteer, "LICENSED_POSTER");
        var me = call(GET, "/api/v1/me", volunteer, null, 200);
        assertThat(me.get("level").asString()).isEqualTo("LICENSED_POSTER");
        assertThat(me.get("effectiveLevel").asString()).isEqualTo("LICENSED_POSTER");

        assertThat(events.stream(LicenceAppliedFor.class)).singleElement()
                .satisfies(event -> assertThat(event.audit().actor().name()).isEqualTo("Val Volunteer"));
        assertThat(events.stream(TrainingRecorded.class)).hasSize(3)
                .allSatisfy(event -> assertThat(event.audit().after()).endsWith(": done"))
                .allSatisfy(event -> assertThat(event.actor().name()).isEqualTo("Cam Champion"));
        assertThat(events.stream(LicenceGranted.class)).singleElement().satisfies(event -> {
            assertThat(event.tenantId()).isEqualTo(team.id());
            assertThat(event.audit().subject()).isEqualTo("Val Volunteer");
            assertThat(event.audit().after()).isEqualTo("Licence valid until " + UkTime.date(inAYear));
            assertThat(event.audit().actor().name()).isEqualTo("Cora Coordinator");
        });
        assertThat(team.emailsTo(volunteer.email())).extracting(queued -> queued.email().subject())
                .contains("Your licence to post has been granted");

        // The audit log shows each step, with who and when.
        var log = call(GET, "/api/v1/audit?area=LICENCES&limit=50", admin, null, 200).get("items");
        assertThat(log).hasSize(5).allSatisfy(entry -> assertThat(entry.get("occurredAt").asString()).isNotBlank());
        assertThat(log.findValuesAsString("actorName")).containsOnly("Val Volunteer", "Cam Champion", "Cora Coordinator");
        assertThat(log.get(0).get("actorName").asString()).as("newest first: the grant").isEqualTo("Cora Coordinator");
        assertThat(log.get(log.size() - 1).get("actorName").asString()).as("oldest: the application").isEqualTo("Val Volunteer");
        var levels = call(GET, "/api/v1/audit?area=ROLES&limit=50", admin, null, 200).get("items");
        assertThat(levels.findValuesAsString("after")).contains("Licensed poster");
    }

    @Test
    void aLicenceIsGrantedOnlyOnceTheTrainingIsRecordedAndCanBeDeclinedWithAReason() throws Exception {
        var applied = call(POST, "/api/v1/licence-applications", volunteer, null, 201);
        String application = applied.get("id").asString();
        call(POST, "/api/v1/licence-applications/" + application + "/training/"
                + applied.get("training").get(0).get("itemId").asString(), champion, null, 200);

        var refused = team.api().call(POST, "/api/v1/licence-applications/" + application + "/grant", coordinator.token(), null);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(json(refused).get("errors").get(0).get("message").asString())
                .startsWith("A licence can be granted only once all the required training is recorded.")
                .contains("Still to do: Privacy and safeguarding online; Posting for the organisation: tone and approvals.");

        call(POST, "/api/v1/licence-applications/" + application + "/decline", coordinator, "{\"reason\": \" \"}", 400);
        var declined = call(POST, "/api/v1/licence-applications/" + application + "/decline", coordinator,
                "{\"reason\": \"Please come to the next Social Media Surgery first.\"}", 200);
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        var mine = call(GET, "/api/v1/licence-applications/mine", volunteer, null, 200);
        assertThat(mine.get("declineReason").asString()).isEqualTo("Please come to the next Social Media Surgery first.");
        assertThat(mine.get("decidedBy").asString()).isEqualTo("Cora Coordinator");
        call(POST, "/api/v1/licence-applications/" + application + "/decline", coordinator, "{\"reason\": \"Again\"}", 409);
        assertThat(events.stream(LicenceDeclined.class)).singleElement()
                .satisfies(event -> assertThat(event.audit().after()).isEqualTo("Declined: Please come to the next Social Media Surgery first."));

        call(POST, "/api/v1/licence-applications", volunteer, null, 201);
        call(POST, "/api/v1/licence-applications", volunteer, null, 409);

        // The decision is part of what is held about the volunteer, and goes when their data is erased.
        var held = call(GET, "/api/v1/people/" + volunteer.id() + "/personal-data", admin, null, 200).get("Licences to post");
        assertThat(held.get(0).get("Reason for declining").asString()).isEqualTo("Please come to the next Social Media Surgery first.");
        call(DELETE, "/api/v1/people/" + volunteer.id(), admin, null, 204);
        var erased = call(GET, "/api/v1/people/" + volunteer.id() + "/personal-data", admin, null, 200).get("Licences to post");
        assertThat(erased.get(0).get("Reason for declining").asString()).isEqualTo("Removed when the person's data was erased");
    }

    @Test
    void aRevokedLicenceTakesTheRightsAwayAndFlagsAnAccountManager() throws Exception {
        String licence = licensed(volunteer, null);
        team.changeLevel(volunteer, "ACCOUNT_MANAGER");
        assertThat(call(GET, "/api/v1/me", volunteer, null, 200).get("effectiveLevel").asString()).isEqualTo("ACCOUNT_MANAGER");

        call(POST, "/api/v1/licences/" + licence + "/revocation", coordinator, "{}", 400);
        var revoked = call(POST, "/api/v1/licences/" + licence + "/revocation", coordinator,
                "{\"reason\": \"Posted a child's photo without consent.\"}", 200);
        assertThat(revoked.get("state").asString()).isEqualTo("REVOKED");

        var me = call(GET, "/api/v1/me", volunteer, null, 200);
        assertThat(me.get("level").asString()).isEqualTo("ACCOUNT_MANAGER");
        assertThat(me.get("effectiveLevel").asString()).isEqualTo("EVERYONE");
        assertThat(team.asAdmin(people::accountManagersWithoutLicence)).extracting(Person::fullName).containsExactly("Val Volunteer");
        assertThat(events.stream(LicenceRevoked.class)).singleElement()
                .satisfies(event -> assertThat(event.audit().after()).isEqualTo("Revoked: Posted a child's photo without consent."));

        assertThat(team.emailsTo(volunteer.email())).extracting(queued -> queued.email().subject())
                .contains("Your licence to post has been revoked");
        // Delivered over SMTP to the development mailbox, not just queued.
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> team.emailsTo(coordinator.email()).stream()
                .filter(queued -> queued.email().subject().equals("Account manager without a licence: Val Volunteer"))
                .anyMatch(org.sharewell.mail.QueuedEmail::sent));
    }

    @Test
    void onlyTheRightRolesMayRecordTrainingAndDecide() throws Exception {
        var applied = call(POST, "/api/v1/licence-applications", volunteer, null, 201);
        String application = "/api/v1/licence-applications/" + applied.get("id").asString();
        String item = applied.get("training").get(0).get("itemId").asString();

        var volunteerGranting = team.api().call(POST, application + "/grant", volunteer.token(), null);
        assertThat(volunteerGranting.getStatus()).isEqualTo(403);
        assertThat(volunteerGranting.getContentType()).contains("application/problem+json");
        call(POST, application + "/grant", champion, null, 403);
        call(POST, application + "/decline", champion, "{\"reason\": \"No\"}", 403);
        call(POST, application + "/grant", admin, null, 403);
        call(POST, application + "/training/" + item, coordinator, null, 403);
        call(POST, application + "/training/" + item, volunteer, null, 403);
        call(GET, "/api/v1/licence-applications", volunteer, null, 403);
        assertThat(call(GET, "/api/v1/licence-applications?status=PENDING", champion, null, 200).get("total").asInt()).isEqualTo(1);

        // A champion applying for themselves needs another champion to vouch for them.
        var own = call(POST, "/api/v1/licence-applications", champion, null, 201);
        call(POST, "/api/v1/licence-applications/" + own.get("id").asString() + "/training/" + item, champion, null, 403);
    }

    @Test
    void erasingTheChampionAndCoordinatorRemovesTheirNamesFromTheVolunteersLicence() throws Exception {
        String licence = licensed(volunteer, null);
        call(POST, "/api/v1/licences/" + licence + "/revocation", coordinator, "{\"reason\": \"Left the team.\"}", 200);

        call(DELETE, "/api/v1/people/" + champion.id(), admin, null, 204);
        call(DELETE, "/api/v1/people/" + coordinator.id(), admin, null, 204);

        var application = call(GET, "/api/v1/licence-applications/mine", volunteer, null, 200);
        assertThat(application.get("decidedBy").asString()).isEqualTo("Erased person");
        assertThat(application.get("training").findValuesAsString("recordedBy")).hasSize(3).containsOnly("Erased person");
        var revoked = call(GET, "/api/v1/licences/" + licence, admin, null, 200);
        assertThat(revoked.get("grantedBy").asString()).isEqualTo("Erased person");
        assertThat(revoked.get("revokedBy").asString()).isEqualTo("Erased person");
        assertThat(revoked.get("revocationReason").asString()).as("about the volunteer, who was not erased")
                .isEqualTo("Left the team.");
        assertThat(revoked.get("grantedAt").asString()).isNotBlank();
    }

    /** Takes the member through application, training (recorded by the champion) and grant; returns the licence id. */
    private String licensed(Member member, LocalDate expiresOn) throws Exception {
        var applied = call(POST, "/api/v1/licence-applications", member, null, 201);
        String application = "/api/v1/licence-applications/" + applied.get("id").asString();
        for (JsonNode item : applied.get("training")) {
            call(POST, application + "/training/" + item.get("itemId").asString(), champion, null, 200);
        }
        String body = expiresOn == null ? null : "{\"expiresOn\": \"" + expiresOn + "\"}";
        return call(POST, application + "/grant", coordinator, body, 201).get("id").asString();
    }

    private JsonNode call(org.springframework.http.HttpMethod method, String path, Member as, String body, int status)
            throws Exception {
        var response = team.api().call(method, path, as.token(), body);
        assertThat(response.getStatus()).as("%s %s: %s", method, path, response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString().isEmpty() ? null : json(response);
    }
}
