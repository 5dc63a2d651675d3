package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;

/**
 * A person sees where they are signed in, browsers and API tokens, and ends any one of them, and
 * only their own: another login's is answered as one that does not exist.
 */
@IntegrationTest
class SessionsTests {

    @Autowired
    Organisations organisations;

    @Test
    void aTokenIsListedWithoutItsSecretAndEndsOnItsOwn() throws Exception {
        var organisation = organisations.signUp("sessions-tokens");
        var api = organisation.api();
        String first = api.adminToken();
        String second = api.adminToken();

        var listed = api.call(GET, "/api/v1/me/tokens", first, null);
        assertThat(json(listed)).hasSize(2);
        assertThat(listed.getContentAsString()).doesNotContain(first.substring(4), second.substring(4));
        String newest = json(listed).get(0).get("id").asString();

        assertThat(api.call(DELETE, "/api/v1/me/tokens/" + newest, first, null).getStatus()).isEqualTo(204);
        assertThat(api.call(GET, "/api/v1/me", second, null).getStatus()).isEqualTo(401);
        assertThat(api.call(GET, "/api/v1/me", first, null).getStatus()).isEqualTo(200);
        assertThat(api.call(DELETE, "/api/v1/me/tokens/" + newest, first, null).getStatus()).isEqualTo(404);
    }

    @Test
    void anotherPersonsTokenCannotBeEnded() throws Exception {
        var organisation = organisations.signUp("sessions-others");
        var colleague = organisation.join("Cole Colleague");
        String theirs = json(organisation.api().call(GET, "/api/v1/me/tokens", colleague.token(), null)).get(0).get("id").asString();

        var refused = organisation.callAsAdmin(DELETE, "/api/v1/me/tokens/" + theirs, null);
        var nobodys = organisation.callAsAdmin(DELETE, "/api/v1/me/tokens/" + UUID.randomUUID(), null);
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(json(refused).get("detail")).isEqualTo(json(nobodys).get("detail"));
        assertThat(organisation.api().call(GET, "/api/v1/me", colleague.token(), null).getStatus()).isEqualTo(200);
    }
}
