package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A forgotten password is replaced from a link emailed to the login's address: asking says nothing
 * of who has a login, the link works once and only at its organisation's address, and the new
 * password ends every API token of the login.
 */
@IntegrationTest
class PasswordResetTests {

    private static final String NEW_PASSWORD = "window meadow copper 42";

    @Autowired
    Organisations organisations;

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndEndsTheOldTokens() throws Exception {
        var organisation = organisations.signUp("reset");
        String oldToken = organisation.adminToken();

        assertThat(ask(organisation, organisation.adminEmail())).isEqualTo(202);
        String link = linkIn(organisation);
        var chosen = choose(organisation, link, NEW_PASSWORD);

        assertThat(chosen).isEqualTo(204);
        assertThat(organisation.api().call(GET, "/api/v1/me", oldToken, null).getStatus()).isEqualTo(401);
        assertThat(organisation.api().token(organisation.adminEmail(), NEW_PASSWORD)).isNotBlank();
        assertThat(choose(organisation, link, "another quiet lantern 99")).isEqualTo(400);
    }

    @Test
    void askingForAnAddressWithNoLoginAnswersTheSameAndSendsNothing() throws Exception {
        var organisation = organisations.signUp("reset-nobody");

        assertThat(ask(organisation, "nobody@reset-nobody.example")).isEqualTo(202);
        assertThat(organisations.emailsTo(organisation.id(), "nobody@reset-nobody.example")).isEmpty();
    }

    @Test
    void aLinkOfOneOrganisationSetsNothingAtAnother() throws Exception {
        var mine = organisations.signUp("reset-mine");
        var other = organisations.signUp("reset-other");
        ask(mine, mine.adminEmail());

        assertThat(choose(other, linkIn(mine), NEW_PASSWORD)).isEqualTo(400);
        assertThat(mine.api().token(mine.adminEmail(), ApiCalls.PASSWORD)).isNotBlank();
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
        var organisation = organisations.signUp("reset-weak");
        ask(organisation, organisation.adminEmail());
        String link = linkIn(organisation);

        var weak = organisation.api().call(POST, "/api/v1/public/password-resets/" + link, null,
                "{\"newPassword\": \"short\"}");
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(json(weak).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(choose(organisation, link, NEW_PASSWORD)).isEqualTo(204);
    }

    private static int ask(Organisation at, String email) throws Exception {
        return at.api().call(POST, "/api/v1/public/password-resets", null, "{\"email\": \"" + email + "\"}").getStatus();
    }

    private static int choose(Organisation at, String link, String password) throws Exception {
        return at.api().call(POST, "/api/v1/public/password-resets/" + link, null,
                "{\"newPassword\": \"" + password + "\"}").getStatus();
    }

    private String linkIn(Organisation organisation) {
        return organisations.tokenInLatestEmailTo(organisation.id(), organisation.adminEmail(), "/reset-password/");
    }
}
