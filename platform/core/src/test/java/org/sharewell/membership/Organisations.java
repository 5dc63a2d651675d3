package org.sharewell.membership;

import org.sharewell.kernel.PageRequest;

import org.sharewell.ApiCalls;
import org.sharewell.mail.Outbox;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Sets up organisations and links between them through the REST API, for the membership tests. */
record Organisations(MockMvc mvc, Outbox outbox, Tenants tenants) {

    private static final Pattern JOIN_LINK = Pattern.compile("/join/([A-Za-z0-9_-]+)");

    /** An organisation signed up through the API, with its admin's API token. */
    record Organisation(ApiCalls api, String token, TenantId id) {
    }

    /** An umbrella body and a local group linked through the API: the group accepted an invitation sent to its admin. */
    record Linked(Organisation umbrella, Organisation group, UUID link) {
    }

    Organisation umbrella(String prefix) throws Exception {
        return organisation(prefix, TenantKind.INFRASTRUCTURE_BODY);
    }

    Organisation group(String prefix) throws Exception {
        return organisation(prefix, TenantKind.LOCAL_GROUP);
    }

    Linked linked() throws Exception {
        var umbrella = umbrella("cvs");
        var group = group("group");
        invite(umbrella, "The Group", group.api().adminEmail());
        // Sent to the group admin's own address, so the group can find it without the email's link.
        var invitations = json(group.api().call(GET, "/api/v1/umbrellas/invitations", group.token(), null));
        assertThat(invitations).hasSize(1);
        String link = invitations.get(0).get("id").asString();
        var accepted = group.api().call(POST, "/api/v1/umbrellas/invitations/" + link + "/acceptance", group.token(), null);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        return new Linked(umbrella, group, UUID.fromString(link));
    }

    /** Invites a group through the API and returns the new invitation's id. */
    String invite(Organisation umbrella, String groupName, String email) throws Exception {
        var invited = umbrella.api().call(POST, "/api/v1/member-groups", umbrella.token(),
                "{\"groupName\": \"%s\", \"email\": \"%s\"}".formatted(groupName, email));
        assertThat(invited.getStatus()).as(invited.getContentAsString()).isEqualTo(201);
        return json(invited).get("id").asString();
    }

    /** The token in the join link of the latest invitation email the umbrella body queued for the address. */
    String joinToken(Organisation umbrella, String email) {
        String body = latestEmail(umbrella, email);
        var matcher = JOIN_LINK.matcher(body);
        assertThat(matcher.find()).as("a join link in: %s", body).isTrue();
        return matcher.group(1);
    }

    /** The text of the latest email the organisation queued for the address. */
    String latestEmail(Organisation organisation, String email) {
        var emails = TenantScope.callAs(organisation.id(), () -> {
            var context = SecurityContextHolder.getContext();
            context.setAuthentication(new TestingAuthenticationToken("test", null, "ROLE_ADMIN"));
            try {
                return outbox.recent(PageRequest.of(0, 20)).items();
            } finally {
                context.setAuthentication(null);
            }
        });
        return emails.stream().filter(queued -> queued.email().to().equals(email)).findFirst().orElseThrow()
                .email().text();
    }

    /** A volunteer of the organisation with a login of their own, made through the people API. */
    String volunteerToken(Organisation organisation) throws Exception {
        var api = organisation.api();
        String email = "volunteer@" + api.slug() + ".example";
        String person = json(api.call(POST, "/api/v1/people", organisation.token(), """
                {"fullName": "Val Volunteer", "email": "%s", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(email))).get("id").asString();
        assertThat(api.call(POST, "/api/v1/people/" + person + "/invitation", organisation.token(), null).getStatus()).isEqualTo(201);
        String body = latestEmail(organisation, email);
        var matcher = Pattern.compile("/invitation/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(matcher.find()).isTrue();
        assertThat(api.call(POST, "/api/v1/public/invitations/" + matcher.group(1), null,
                "{\"password\": \"" + ApiCalls.PASSWORD + "\"}").getStatus()).isEqualTo(201);
        return api.token(email, ApiCalls.PASSWORD);
    }

    private Organisation organisation(String prefix, TenantKind kind) throws Exception {
        var api = ApiCalls.newOrganisation(mvc, prefix, kind);
        return new Organisation(api, api.adminToken(), tenants.findBySlug(new Slug(api.slug())).orElseThrow().id());
    }
}
