package org.sharewell.licensing;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** One organisation can neither see nor change another's applications, training records or licences. */
@IntegrationTest
class LicensingIsolationTests {

    @Autowired
    Organisations organisations;

    @Test
    void anotherOrganisationsLicencesAreInvisibleAndUntouchable() throws Exception {
        var red = organisations.signUp("red");
        var redCoordinator = red.admin(KeyRole.CHAMPION, KeyRole.ACCOUNT_COORDINATOR);
        var redVolunteer = red.join("Rhys Red");
        var blue = organisations.signUp("blue");
        String blueCoordinator = blue.admin(KeyRole.CHAMPION, KeyRole.ACCOUNT_COORDINATOR).token();

        JsonNode applied = json(red.api().call(POST, "/api/v1/licence-applications", redVolunteer.token(), null));
        String application = "/api/v1/licence-applications/" + applied.get("id").asString();
        String item = applied.get("training").get(0).get("itemId").asString();
        assertThat(blue.api().call(POST, application + "/training/" + item, blueCoordinator, null).getStatus()).isEqualTo(404);
        for (JsonNode training : applied.get("training")) {
            red.api().call(POST, application + "/training/" + training.get("itemId").asString(), redCoordinator.token(), null);
        }
        String licence = json(red.api().call(POST, application + "/grant", redCoordinator.token(), null)).get("id").asString();

        assertThat(json(blue.api().call(GET, "/api/v1/licence-applications", blueCoordinator, null)).get("total").asInt()).isZero();
        assertThat(json(blue.api().call(GET, "/api/v1/licences", blueCoordinator, null)).get("total").asInt()).isZero();
        assertThat(blue.api().call(GET, application, blueCoordinator, null).getStatus()).isEqualTo(404);
        assertThat(blue.api().call(POST, application + "/decline", blueCoordinator, "{\"reason\": \"Spite\"}").getStatus()).isEqualTo(404);
        assertThat(blue.api().call(POST, "/api/v1/licences/" + licence + "/revocation", blueCoordinator,
                "{\"reason\": \"Spite\"}").getStatus()).isEqualTo(404);

        for (String table : new String[] {"training_item", "application", "training_record", "licence"}) {
            Integer visible = blue.inTransaction(sql -> sql.queryForObject(
                    "SELECT count(*) FROM licensing." + table + " WHERE tenant_id = ?", Integer.class, red.id().value()));
            assertThat(visible).as("red's rows in %s seen by blue", table).isZero();
        }
        int revoked = blue.inTransaction(sql -> sql.update("UPDATE licensing.licence SET revoked_at = now(), revoked_by = 'Spy', "
                + "revocation_reason = 'Spite' WHERE id = ?", UUID.fromString(licence)));
        assertThat(revoked).isZero();
        assertThatThrownBy(() -> blue.inTransaction(sql -> sql.update(
                "INSERT INTO licensing.training_item (tenant_id, id, sort_order, title) VALUES (?, ?, 9, 'Planted')",
                red.id().value(), UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("row-level security");
        assertThat(json(red.api().call(GET, "/api/v1/licences/" + licence, redCoordinator.token(), null)).get("state").asString())
                .isEqualTo("VALID");
    }
}
