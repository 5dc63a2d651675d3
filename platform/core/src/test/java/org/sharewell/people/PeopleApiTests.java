package org.sharewell.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.Organisation;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** People, invitations and roles through the REST API, as an admin and as an ordinary volunteer. */
@IntegrationTest
class PeopleApiTests {

    @Autowired
    Organisations organisations;

    Organisation organisation;
    ApiCalls api;
    String admin;

    @BeforeEach
    void anOrganisation() throws Exception {
        organisation = organisations.signUp("people");
        api = organisation.api();
        admin = organisation.adminToken();
    }

    @Test
    void anAdminAddsAShortTermVolunteer() throws Exception {
        var added = api.call(POST, "/api/v1/people", admin, """
                {"fullName": "Vic Volunteer", "email": "Vic@Example.org", "kind": "VOLUNTEER",
                 "volunteerTerm": "SHORT_TERM", "volunteeringEndsOn": "%s"}""".formatted(LocalDate.now().plusMonths(3)));
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(json(added).get("email").asString()).isEqualTo("vic@example.org");
        assertThat(json(added).get("level").asString()).isEqualTo("EVERYONE");

        var list = json(api.call(GET, "/api/v1/people?name=vic", admin, null));
        assertThat(list.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badDetailsAreExplainedAndNothingIsAdded() throws Exception {
        var refused = api.call(POST, "/api/v1/people", admin, """
                {"fullName": " ", "email": "not an email", "kind": "VOLUNTEER", "volunteerTerm": "SHORT_TERM"}""");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("fullName", "email", "volunteeringEndsOn");
        assertThat(json(api.call(GET, "/api/v1/people", admin, null)).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anInvitedVolunteerCreatesALoginButCannotDoAdminWork() throws Exception {
        String volunteer = organisation.join("Val Jones", "val@people.example").token();

        var me = json(api.call(GET, "/api/v1/me", volunteer, null));
        assertThat(me.get("fullName").asString()).isEqualTo("Val Jones");
        assertThat(me.get("keyRoles")).isEmpty();

        var refused = api.call(POST, "/api/v1/people", volunteer, "{\"fullName\": \"Sneaky\", \"kind\": \"MEMBER\"}");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(api.call(GET, "/api/v1/people", volunteer, null).getStatus()).isEqualTo(403);
        assertThat(api.call(PUT, "/api/v1/tenant/settings", volunteer, "{\"name\": \"Taken over\"}").getStatus()).isEqualTo(403);
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() throws Exception {
        String volunteer = organisation.join("Cam Champion", "cam@people.example").token();
        String id = json(api.call(GET, "/api/v1/me", volunteer, null)).get("id").asString();
        assertThat(api.call(GET, "/api/v1/people", volunteer, null).getStatus()).isEqualTo(403);

        assertThat(api.call(PUT, "/api/v1/people/" + id + "/key-roles/CHAMPION", admin, null).getStatus()).isEqualTo(200);
        assertThat(api.call(GET, "/api/v1/people", volunteer, null).getStatus()).isEqualTo(200);

        assertThat(api.call(DELETE, "/api/v1/people/" + id + "/key-roles/CHAMPION", admin, null).getStatus()).isEqualTo(200);
        assertThat(api.call(GET, "/api/v1/people", volunteer, null).getStatus()).isEqualTo(403);
    }

    @Test
    void aDeactivatedPersonsLoginStopsWorkingAtOnceAndItsTokensDoNotComeBack() throws Exception {
        String volunteer = organisation.join("Dee Parted", "dee@people.example").token();
        String id = json(api.call(GET, "/api/v1/me", volunteer, null)).get("id").asString();

        assertThat(api.call(POST, "/api/v1/people/" + id + "/deactivation", admin, null).getStatus()).isEqualTo(200);
        assertThat(api.call(GET, "/api/v1/me", volunteer, null).getStatus()).isEqualTo(401);

        assertThat(api.call(DELETE, "/api/v1/people/" + id + "/deactivation", admin, null).getStatus()).isEqualTo(200);
        // Reactivated, the person signs in afresh: the old token, which may have been handed on, is gone for good.
        assertThat(api.call(GET, "/api/v1/me", volunteer, null).getStatus()).isEqualTo(401);
        String fresh = api.token("dee@people.example", ApiCalls.PASSWORD);
        assertThat(api.call(GET, "/api/v1/me", fresh, null).getStatus()).isEqualTo(200);
    }

    @Test
    void theLastAdminCannotBeRemoved() throws Exception {
        String id = json(api.call(GET, "/api/v1/me", admin, null)).get("id").asString();
        var refused = api.call(DELETE, "/api/v1/people/" + id + "/key-roles/TENANT_ADMIN", admin, null);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("at least one admin");
        assertThat(api.call(POST, "/api/v1/people/" + id + "/deactivation", admin, null).getStatus()).isEqualTo(400);
    }

    @Test
    void aChangeWithARefusedPartChangesNothingAtAll() throws Exception {
        var me = json(api.call(GET, "/api/v1/me", admin, null));
        String id = me.get("id").asString();
        String before = api.call(GET, "/api/v1/people/" + id, admin, null).getContentAsString();
        int entriesBefore = json(api.call(GET, "/api/v1/audit", admin, null)).get("total").asInt();

        // A new name, a new key role, and the organisation's last admin role taken away: refused as a whole.
        var refused = api.call(PUT, "/api/v1/people/" + id, admin, """
                {"fullName": "Ada Renamed", "email": "%s", "kind": "STAFF", "keyRoles": ["CHAMPION"]}"""
                .formatted(me.get("email").asString()));
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("at least one admin");

        assertThat(api.call(GET, "/api/v1/people/" + id, admin, null).getContentAsString()).isEqualTo(before);
        assertThat(json(api.call(GET, "/api/v1/audit", admin, null)).get("total").asInt()).isEqualTo(entriesBefore);
    }

    @Test
    void aChangeOfDetailsRolesAndLevelIsMadeTogether() throws Exception {
        String volunteer = organisation.join("Tess Together", "tess@people.example").token();
        String id = json(api.call(GET, "/api/v1/me", volunteer, null)).get("id").asString();

        var changed = api.call(PUT, "/api/v1/people/" + id, admin, """
                {"fullName": "Tess Together-Smith", "email": "tess@people.example", "kind": "STAFF",
                 "keyRoles": ["CHAMPION", "TECHNICAL_SUPPORT"], "level": "EVERYONE"}""");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        assertThat(json(changed).get("fullName").asString()).isEqualTo("Tess Together-Smith");
        assertThat(json(changed).get("keyRoles").toString()).contains("CHAMPION", "TECHNICAL_SUPPORT");

        var refused = api.call(PUT, "/api/v1/people/" + id, admin, """
                {"fullName": "Tess Again", "email": "tess@people.example", "kind": "STAFF", "keyRoles": [],
                 "level": "LICENSED_POSTER"}""");
        assertThat(refused.getStatus()).isEqualTo(400);
        var after = json(api.call(GET, "/api/v1/people/" + id, admin, null));
        assertThat(after.get("fullName").asString()).isEqualTo("Tess Together-Smith");
        assertThat(after.get("keyRoles").toString()).contains("CHAMPION", "TECHNICAL_SUPPORT");
    }

    @Test
    void aHigherLevelNeedsALicence() throws Exception {
        String volunteer = organisation.join("Lee Level", "lee@people.example").token();
        String id = json(api.call(GET, "/api/v1/me", volunteer, null)).get("id").asString();
        var refused = api.call(PUT, "/api/v1/people/" + id + "/level", admin, "{\"level\": \"LICENSED_POSTER\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("needs a valid licence");
    }

    @Test
    void anInvitationLinkWorksOnce() throws Exception {
        String token = organisation.invite("Una Once", "una@people.example");
        assertThat(api.call(POST, "/api/v1/public/invitations/" + token, null, "{\"password\": \"plum orchard violin 88\"}")
                .getStatus()).isEqualTo(201);
        var again = api.call(POST, "/api/v1/public/invitations/" + token, null, "{\"password\": \"plum orchard violin 88\"}");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("expired or has already been used");
    }
}
