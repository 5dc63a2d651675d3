package org.sharewell.web;

import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;

/** An API address that no endpoint has is answered as the API answers, never with the web interface's page. */
@IntegrationTest
class UnknownApiPathsTests {

    @Autowired
    Organisations organisations;

    Organisation organisation;

    @BeforeEach
    void anOrganisation() throws Exception {
        organisation = organisations.signUp("paths");
    }

    @Test
    void anAddressNoEndpointHasIsNotFound() throws Exception {
        for (String path : new String[] {"/api/v1/no-such-endpoint", "/api/v1/people/", "/api/v2/people", "/api/"}) {
            var answer = organisation.callAsAdmin(GET, path, null);
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(json(answer).get("detail").asString()).as(path).startsWith("There is no such address in the Sharewell API.");
        }
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsNotAllowedAndSaysWhichItTakes() throws Exception {
        var answer = organisation.callAsAdmin(DELETE, "/api/v1/people", null);
        assertThat(answer.getStatus()).isEqualTo(405);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getHeader("Allow")).contains("GET", "POST");
        assertThat(organisation.callAsAdmin(PATCH, "/api/v1/me", null).getStatus()).isEqualTo(405);
    }

    @Test
    void withoutSigningInAnUnknownAddressStillGetsAProblemNotAPage() throws Exception {
        var answer = organisation.api().call(GET, "/api/v1/no-such-endpoint", null, null);
        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
    }
}
