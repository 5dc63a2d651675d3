package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Signing out everywhere ends every API token of the person, and only theirs; signing in again works. */
@IntegrationTest
class SignOutEverywhereTests {

    @Autowired
    Organisations organisations;

    @Test
    void everyTokenOfThePersonEndsAndANewSignInWorks() throws Exception {
        var organisation = organisations.signUp("sign-out");
        var api = organisation.api();
        String first = api.adminToken();
        String second = api.adminToken();
        String colleague = organisation.join("Cal Colleague").token();

        assertThat(api.call(POST, "/api/v1/me/sign-out-everywhere", first, null).getStatus()).isEqualTo(204);

        assertThat(api.call(GET, "/api/v1/me", first, null).getStatus()).isEqualTo(401);
        assertThat(api.call(GET, "/api/v1/me", second, null).getStatus()).isEqualTo(401);
        assertThat(api.call(GET, "/api/v1/me", colleague, null).getStatus()).isEqualTo(200);
        assertThat(api.call(GET, "/api/v1/me", api.token(organisation.adminEmail(), ApiCalls.PASSWORD), null)
                .getStatus()).isEqualTo(200);
    }
}
