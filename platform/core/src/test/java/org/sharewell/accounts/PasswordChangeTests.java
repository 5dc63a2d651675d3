package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/** A person changes their own password only by giving the current one, and is emailed that it changed. */
@IntegrationTest
class PasswordChangeTests {

    private static final String NEW_PASSWORD = "window meadow copper 42";

    @Autowired
    Organisations organisations;

    @Test
    void withTheCurrentPasswordTheNewOneWorksAndTheOwnerIsTold() throws Exception {
        var organisation = organisations.signUp("password");

        var changed = organisation.callAsAdmin(POST, "/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(ApiCalls.PASSWORD, NEW_PASSWORD));

        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(204);
        assertThat(organisation.api().token(organisation.adminEmail(), NEW_PASSWORD)).isNotBlank();
        assertThat(organisation.api().call(POST, "/api/v1/tokens", null, """
                {"email": "%s", "password": "%s"}""".formatted(organisation.adminEmail(), ApiCalls.PASSWORD)).getStatus())
                .isEqualTo(401);
        assertThat(organisations.emailsTo(organisation.id(), organisation.adminEmail()).getFirst().email().subject())
                .isEqualTo("Your Sharewell password was changed");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() throws Exception {
        var organisation = organisations.signUp("password-refused");

        var wrong = organisation.callAsAdmin(POST, "/api/v1/me/password", """
                {"currentPassword": "not my password at all", "newPassword": "%s"}""".formatted(NEW_PASSWORD));
        var weak = organisation.callAsAdmin(POST, "/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(ApiCalls.PASSWORD));

        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(json(wrong).get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(json(weak).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(organisation.api().token(organisation.adminEmail(), ApiCalls.PASSWORD)).isNotBlank();
        assertThat(organisations.emailsTo(organisation.id(), organisation.adminEmail()))
                .noneMatch(queued -> queued.email().subject().contains("password was changed"));
    }

    @Test
    void nobodySignedInMayChangeAPassword() throws Exception {
        var organisation = organisations.signUp("password-anonymous");

        var refused = organisation.api().call(POST, "/api/v1/me/password", null, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(ApiCalls.PASSWORD, NEW_PASSWORD));

        assertThat(refused.getStatus()).isEqualTo(401);
    }
}
