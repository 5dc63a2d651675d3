package org.sharewell.membership;

import org.sharewell.membership.MembershipEvent.SharingSwitched;

import org.sharewell.membership.MembershipEvent.MembershipEnded;

import org.sharewell.membership.MembershipEvent.MemberGroupInvited;

import org.sharewell.membership.MembershipEvent.InvitationDeclined;

import org.sharewell.membership.MembershipEvent.InvitationAccepted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Inviting, joining, declining and ending through the REST API, from both sides. */
@IntegrationTest
@RecordApplicationEvents
class MemberGroupsApiTests {

    @Autowired
    Organisations organisations;
    @Autowired
    Tenants tenants;
    @Autowired
    ApplicationEvents events;

    ApiCalls platform;

    @BeforeEach
    void atThePlatformAddress() {
        platform = organisations.platform();
    }

    @Test
    void oneGroupJoinsAsANewOrganisationAnotherDeclinesAndTheMemberEndsTheLink() throws Exception {
        var umbrella = organisations.umbrella("cvs");
        umbrella.inviteGroup("Riverside Allotments", "Rita@Riverside.example");
        umbrella.inviteGroup("Elm Street Youth Club", "elm@elm.example");
        String riverside = umbrella.tokenInLatestEmailTo("rita@riverside.example", "/join/");
        String elm = umbrella.tokenInLatestEmailTo("elm@elm.example", "/join/");

        var preview = json(platform.call(GET, "/api/v1/public/member-invitations/" + riverside, null, null));
        assertThat(preview.get("umbrellaName").asString()).isEqualTo("cvs group");
        assertThat(preview.get("groupName").asString()).isEqualTo("Riverside Allotments");
        assertThat(preview.get("email").asString()).isEqualTo("rita@riverside.example");

        String slug = "riverside-" + UUID.randomUUID().toString().substring(0, 8);
        var joined = platform.call(POST, "/api/v1/public/member-invitations/" + riverside + "/organisation", null, """
                {"organisationName": "Riverside Allotment Society", "slug": "%s", "kind": "LOCAL_GROUP",
                 "adminName": "Rita River", "email": "rita@riverside.example", "password": "%s"}"""
                .formatted(slug, ApiCalls.PASSWORD));
        assertThat(joined.getStatus()).as(joined.getContentAsString()).isEqualTo(201);
        assertThat(json(joined).get("umbrella").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(platform.call(POST, "/api/v1/public/member-invitations/" + elm + "/decline", null, null).getStatus()).isEqualTo(204);
        var again = platform.call(POST, "/api/v1/public/member-invitations/" + elm + "/decline", null, null);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("expired, been withdrawn or already been answered");

        var groups = json(umbrella.api().call(GET, "/api/v1/member-groups", umbrella.adminToken(), null));
        assertThat(groups).hasSize(2);
        var member = byName(groups, "Riverside Allotments");
        assertThat(member.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(member.get("since").isNull()).isFalse();
        assertThat(member.get("organisation").get("name").asString()).isEqualTo("Riverside Allotment Society");
        assertThat(member.get("organisation").get("slug").asString()).isEqualTo(slug);
        assertThat(member.get("contacts").toString()).isEqualTo("[{\"name\":\"Rita River\",\"email\":\"rita@riverside.example\"}]");
        assertThat(member.get("onboarding").get(0).get("step").asString()).isEqualTo("FIRST_ADMIN");
        assertThat(member.get("onboarding").get(0).get("done").asBoolean()).isTrue();
        assertThat(member.get("onboarding").get(1).get("done").asBoolean()).as("no policy published yet").isFalse();
        assertThat(member.get("onboarding").get(1).get("tracked").asBoolean()).as("the policies module answers it").isTrue();
        assertThat(member.get("onboarding").get(2).get("tracked").asBoolean()).as("platforms, not yet").isFalse();
        assertThat(member.get("sharing")).isEmpty();
        var declined = byName(groups, "Elm Street Youth Club");
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("organisation").isNull()).isTrue();

        var group = organisations.at(slug);
        String rita = group.token("rita@riverside.example", ApiCalls.PASSWORD);
        var umbrellas = json(group.call(GET, "/api/v1/umbrellas", rita, null));
        assertThat(umbrellas).hasSize(1);
        assertThat(umbrellas.get(0).get("umbrella").get("name").asString()).isEqualTo("cvs group");
        var ended = group.call(POST, "/api/v1/umbrellas/" + member.get("id").asString() + "/ending", rita, null);
        assertThat(json(ended).get("status").asString()).isEqualTo("ENDED");

        var afterEnd = json(umbrella.api().call(GET, "/api/v1/member-groups/" + member.get("id").asString(), umbrella.adminToken(), null));
        assertThat(afterEnd.get("status").asString()).isEqualTo("ENDED");
        assertThat(afterEnd.get("endedBy").asString()).isEqualTo("MEMBER");
        assertThat(afterEnd.get("contacts")).as("contacts are shown only while linked").isEmpty();

        var memberId = tenants.findBySlug(new org.sharewell.tenancy.Slug(slug)).orElseThrow().id();
        assertThat(events.stream(InvitationAccepted.class).map(InvitationAccepted::tenantId))
                .containsExactlyInAnyOrder(umbrella.id(), memberId);
        assertThat(events.stream(InvitationDeclined.class).map(InvitationDeclined::tenantId)).containsExactly(umbrella.id());
        assertThat(events.stream(MembershipEnded.class).map(MembershipEnded::tenantId))
                .containsExactlyInAnyOrder(umbrella.id(), memberId);
        assertThat(events.stream(MemberGroupInvited.class)).hasSize(2);
    }

    @Test
    void anExistingGroupLinksItsOrganisationAndTheUmbrellaEndsTheLink() throws Exception {
        var umbrella = organisations.umbrella("cvs");
        var group = organisations.signUp("group");
        String id = umbrella.inviteGroup("The Group", "secretary@group.example");
        String token = umbrella.tokenInLatestEmailTo("secretary@group.example", "/join/");

        var withoutToken = group.api().call(POST, "/api/v1/umbrellas/invitations/" + id + "/acceptance", group.adminToken(), null);
        assertThat(withoutToken.getStatus()).as("not sent to one of the group's logins").isEqualTo(400);
        var accepted = group.api().call(POST, "/api/v1/umbrellas/invitations/" + id + "/acceptance", group.adminToken(),
                "{\"token\": \"" + token + "\"}");
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        assertThat(json(accepted).get("status").asString()).isEqualTo("ACTIVE");
        var member = json(umbrella.api().call(GET, "/api/v1/member-groups/" + id, umbrella.adminToken(), null));
        assertThat(member.get("organisation").get("slug").asString()).isEqualTo(group.api().slug());
        assertThat(member.get("contacts").get(0).get("email").asString()).isEqualTo(group.api().adminEmail());

        var ended = json(umbrella.api().call(POST, "/api/v1/member-groups/" + id + "/ending", umbrella.adminToken(), null));
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("endedBy").asString()).isEqualTo("UMBRELLA");
        assertThat(json(group.api().call(GET, "/api/v1/umbrellas", group.adminToken(), null)).get(0).get("status").asString())
                .isEqualTo("ENDED");
        assertThat(umbrella.api().call(POST, "/api/v1/member-groups/" + id + "/ending", umbrella.adminToken(), null).getStatus())
                .as("an ended link cannot end again").isEqualTo(404);

        String open = umbrella.inviteGroup("Another Group", "another@group.example");
        var withdrawn = json(umbrella.api().call(POST, "/api/v1/member-groups/" + open + "/ending", umbrella.adminToken(), null));
        assertThat(withdrawn.get("status").asString()).isEqualTo("ENDED");
        String stale = umbrella.tokenInLatestEmailTo("another@group.example", "/join/");
        assertThat(platform.call(GET, "/api/v1/public/member-invitations/" + stale, null, null).getStatus()).isEqualTo(404);
    }

    @Test
    void sharingIsSwitchedByTheMemberGroupKindByKind() throws Exception {
        var linked = organisations.link(organisations.umbrella("cvs"), organisations.signUp("group"));
        var group = linked.group();
        String sharing = "/api/v1/umbrellas/" + linked.link() + "/sharing/";

        var on = json(group.api().call(org.springframework.http.HttpMethod.PUT, sharing + "POLICY", group.adminToken(), null));
        assertThat(on.get("sharing").toString()).isEqualTo("[\"POLICY\"]");
        assertThat(umbrellaSees(linked).get("sharing").toString()).isEqualTo("[\"POLICY\"]");

        group.api().call(org.springframework.http.HttpMethod.DELETE, sharing + "POLICY", group.adminToken(), null);
        assertThat(umbrellaSees(linked).get("sharing")).isEmpty();
        assertThat(events.stream(SharingSwitched.class).map(switched -> switched.side() + " " + switched.on()))
                .containsExactlyInAnyOrder("MEMBER true", "UMBRELLA true", "MEMBER false", "UMBRELLA false");
    }

    @Test
    void onlyTenantAdminsOfInfrastructureBodiesInvite() throws Exception {
        var group = organisations.signUp("group");
        var refused = group.api().call(POST, "/api/v1/member-groups", group.adminToken(),
                "{\"groupName\": \"Friends\", \"email\": \"friends@example.org\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Only infrastructure bodies, such as a Council for Voluntary Service");

        var umbrella = organisations.umbrella("cvs");
        assertThat(umbrella.api().call(GET, "/api/v1/member-groups", null, null).getStatus()).isEqualTo(401);
        String volunteer = umbrella.join("Val Volunteer").token();
        var forbidden = umbrella.api().call(POST, "/api/v1/member-groups", volunteer,
                "{\"groupName\": \"Friends\", \"email\": \"friends@example.org\"}");
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getContentType()).contains("application/problem+json");
        assertThat(umbrella.api().call(GET, "/api/v1/member-groups", volunteer, null).getStatus()).isEqualTo(403);
        assertThat(umbrella.api().call(GET, "/api/v1/umbrellas", volunteer, null).getStatus()).isEqualTo(403);
    }

    private JsonNode umbrellaSees(Organisations.Linked linked) throws Exception {
        var umbrella = linked.umbrella();
        return json(umbrella.api().call(GET, "/api/v1/member-groups/" + linked.link(), umbrella.adminToken(), null));
    }

    private static JsonNode byName(JsonNode groups, String name) {
        for (JsonNode group : groups) {
            if (group.get("groupName").asString().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("No member group called " + name + " in " + groups);
    }
}
