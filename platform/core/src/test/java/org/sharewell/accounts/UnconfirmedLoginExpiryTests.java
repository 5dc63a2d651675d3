package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A login whose address is never confirmed stops working after two weeks, so an address typed by
 * someone other than its owner does not hold a login for good; the owner starts again from a
 * forgotten-password link, which proves the address.
 */
@IntegrationTest
class UnconfirmedLoginExpiryTests {

    @Autowired
    Organisations organisations;

    @Test
    void anUnconfirmedLoginHasTwoWeeksAndThenNeitherSignsInNorUsesItsTokens() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("expiry", TenantKind.LOCAL_GROUP);
        Boolean fortnight = organisation.inTransaction(sql -> sql.queryForObject(
                "SELECT confirm_by BETWEEN now() + interval '13 days 23 hours' AND now() + interval '14 days 1 hour' "
                        + "FROM accounts.account", Boolean.class));
        assertThat(fortnight).isTrue();
        String token = organisation.adminToken();
        assertThat(organisations.emailsTo(organisation.id(), organisation.adminEmail()).getFirst().email().text())
                .contains("stops working");

        organisation.inTransaction(sql -> sql.update("UPDATE accounts.account SET confirm_by = now() - interval '1 minute'"));

        assertThat(organisation.api().call(GET, "/api/v1/me", token, null).getStatus()).isEqualTo(401);
        assertThat(organisation.api().call(POST, "/api/v1/tokens", null, "{\"email\": \"%s\", \"password\": \"%s\"}"
                .formatted(organisation.adminEmail(), ApiCalls.PASSWORD)).getStatus()).isEqualTo(401);
    }

    @Test
    void choosingANewPasswordFromAnEmailedLinkConfirmsTheAddressAndRevivesTheLogin() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("expiry-revived", TenantKind.LOCAL_GROUP);
        organisation.inTransaction(sql -> sql.update("UPDATE accounts.account SET confirm_by = now() - interval '1 minute'"));

        assertThat(organisation.api().call(POST, "/api/v1/public/password-resets", null,
                "{\"email\": \"" + organisation.adminEmail() + "\"}").getStatus()).isEqualTo(202);
        String link = organisation.tokenInLatestEmailTo(organisation.adminEmail(), "/reset-password/");
        assertThat(organisation.api().call(POST, "/api/v1/public/password-resets/" + link, null,
                "{\"newPassword\": \"harbour kettle violin 47\"}").getStatus()).isEqualTo(204);

        assertThat(organisation.api().token(organisation.adminEmail(), "harbour kettle violin 47")).isNotBlank();
    }

    @Test
    void aConfirmedLoginNeverExpires() throws Exception {
        var organisation = organisations.signUp("expiry-none");
        Boolean open = organisation.inTransaction(sql -> sql.queryForObject(
                "SELECT confirm_by IS NULL FROM accounts.account", Boolean.class));
        assertThat(open).isTrue();
    }
}
