package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * A login moves to a new address only from a link sent there, given the current password; the old
 * address is told, and an address with a login of its own is never taken.
 */
@IntegrationTest
class EmailChangeTests {

    @Autowired
    Organisations organisations;

    @Test
    void theLinkSentToTheNewAddressMovesTheLoginAndTheOldAddressIsTold() throws Exception {
        var organisation = organisations.signUp("email-change");
        String token = organisation.adminToken();
        String newEmail = "ada.new@" + organisation.slug() + ".example";

        var asked = organisation.api().call(POST, "/api/v1/me/email", token,
                "{\"currentPassword\": \"%s\", \"newEmail\": \"Ada.New@%s.example\"}".formatted(ApiCalls.PASSWORD, organisation.slug()));
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(202);
        var sent = organisation.emailsTo(newEmail).getFirst().email();
        assertThat(sent.subject()).isEqualTo("Confirm your new email address for Sharewell");
        assertThat(sent.text()).contains("http://" + organisation.slug() + ".localhost:8080/change-email/");
        assertThat(organisation.api().token(organisation.adminEmail(), ApiCalls.PASSWORD))
                .as("nothing changes until the link is followed").isNotBlank();

        String link = organisation.tokenInLatestEmailTo(newEmail, "/change-email/");
        assertThat(organisation.api().call(POST, "/api/v1/public/email-changes/" + link, null, null).getStatus()).isEqualTo(204);

        assertThat(organisation.emailsTo(organisation.adminEmail()).getFirst().email().subject())
                .isEqualTo("Your Sharewell login has a new email address");
        assertThat(organisation.api().token(newEmail, ApiCalls.PASSWORD)).isNotBlank();
        assertThat(organisation.api().call(POST, "/api/v1/tokens", null, "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(organisation.adminEmail(), ApiCalls.PASSWORD)).getStatus()).isEqualTo(401);
        var used = organisation.api().call(POST, "/api/v1/public/email-changes/" + link, null, null);
        assertThat(used.getStatus()).isEqualTo(400);
    }

    @Test
    void aWrongPasswordOrAnAddressInUseIsRefusedAndNothingIsSent() throws Exception {
        var organisation = organisations.signUp("email-change-refused");
        var colleague = organisation.join("Col League");
        String token = organisation.adminToken();

        var wrongPassword = organisation.api().call(POST, "/api/v1/me/email", token,
                "{\"currentPassword\": \"not my password\", \"newEmail\": \"someone@example.org\"}");
        assertThat(wrongPassword.getStatus()).isEqualTo(400);
        assertThat(json(wrongPassword).get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");

        var taken = organisation.api().call(POST, "/api/v1/me/email", token,
                "{\"currentPassword\": \"%s\", \"newEmail\": \"%s\"}".formatted(ApiCalls.PASSWORD, colleague.email()));
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(json(taken).get("errors").get(0).get("field").asString()).isEqualTo("newEmail");
        assertThat(organisation.emailsTo("someone@example.org")).isEmpty();
        assertThat(organisation.emailsTo(colleague.email()))
                .noneMatch(queued -> queued.email().subject().contains("new email address"));
    }

    @Test
    void anAddressGivenALoginMeanwhileIsNotTaken() throws Exception {
        var organisation = organisations.signUp("email-change-race");
        String wanted = "wanted@" + organisation.slug() + ".example";
        assertThat(organisation.api().call(POST, "/api/v1/me/email", organisation.adminToken(),
                "{\"currentPassword\": \"%s\", \"newEmail\": \"%s\"}".formatted(ApiCalls.PASSWORD, wanted)).getStatus())
                .isEqualTo(202);
        String link = organisation.tokenInLatestEmailTo(wanted, "/change-email/");
        organisation.join("Wanda Wanted", wanted);

        var late = organisation.api().call(POST, "/api/v1/public/email-changes/" + link, null, null);
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(organisation.api().token(organisation.adminEmail(), ApiCalls.PASSWORD)).isNotBlank();
    }
}
