package org.sharewell.tenancy;

import org.sharewell.Organisations;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Links with a secret in them are built from the configured public address and base domain, never
 * from the Host a request names: an invitation asked for at a stranger's host still points home.
 */
@IntegrationTest
class LinksFromConfigurationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;

    @Test
    void anInvitationAskedForAtAnotherHostLinksToTheOrganisationsOwnAddress() throws Exception {
        var api = organisations.signUp("links").api();
        String admin = api.adminToken();
        String id = json(api.call(POST, "/api/v1/people", admin, """
                {"fullName": "Ivy Invited", "email": "ivy@links.example", "kind": "MEMBER"}""")).get("id").asString();

        var invited = mvc.perform(post("/api/v1/people/" + id + "/invitation")
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/t/" + api.slug())
                .header("X-Sharewell-Tenant", api.slug()).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(invited.getStatus()).isEqualTo(201);

        String text = json(api.call(GET, "/api/v1/sent-email", admin, null)).get("items").get(0).get("email").get("text").asString();
        assertThat(text).contains("http://" + api.slug() + ".localhost:8080/invitation/").doesNotContain("evil.example");
    }
}
