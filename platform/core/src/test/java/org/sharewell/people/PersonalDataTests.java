package org.sharewell.people;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Subject access and erasure, as UK GDPR asks: everything about one person out, then their data gone. */
@IntegrationTest
class PersonalDataTests {

    @Autowired
    Organisations organisations;

    @Test
    void exportsEverythingThenErasesButKeepsTheHistory() throws Exception {
        var organisation = organisations.signUp("gdpr");
        var api = organisation.api();
        String admin = organisation.adminToken();
        String id = json(api.call(POST, "/api/v1/people", admin, """
                {"fullName": "Erin Example", "email": "erin@gdpr.example", "kind": "TRUSTEE"}""")).get("id").asString();
        api.call(PUT, "/api/v1/people/" + id + "/key-roles/CHAMPION", admin, null);
        assertThat(api.call(POST, "/api/v1/people/" + id + "/invitation", admin, null).getStatus()).isEqualTo(201);

        var export = json(api.call(GET, "/api/v1/people/" + id + "/personal-data", admin, null));
        assertThat(export.get("Person").get(0).get("Email").asString()).isEqualTo("erin@gdpr.example");
        assertThat(export.get("Key roles").get(0).get("Role").asString()).isEqualTo("Social media champion");
        assertThat(export.get("Invitations").get(0).get("Invited").asString())
                .matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
        var invitationEmail = export.get("Email sent to them").get(0);
        assertThat(invitationEmail.get("Subject").asString()).isNotBlank();
        assertThat(invitationEmail.get("Text").asString()).contains("/invitation/");

        var csv = api.call(GET, "/api/v1/people/" + id + "/personal-data.csv", admin, null);
        assertThat(csv.getContentType()).startsWith("text/csv");
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getContentAsString().replaceFirst("^\uFEFF", ""))).getRecords();
        assertThat(records).anySatisfy(record -> {
            assertThat(record.get("Section")).isEqualTo("Person");
            assertThat(record.get("Field")).isEqualTo("Name");
            assertThat(record.get("Value")).isEqualTo("Erin Example");
        });

        assertThat(api.call(DELETE, "/api/v1/people/" + id, admin, null).getStatus()).isEqualTo(204);

        var erased = json(api.call(GET, "/api/v1/people/" + id, admin, null));
        assertThat(erased.get("fullName").asString()).isEqualTo("Erased person");
        assertThat(erased.get("email").isNull()).isTrue();
        assertThat(erased.get("keyRoles")).isEmpty();
        assertThat(json(api.call(GET, "/api/v1/people", admin, null)).get("total").asInt()).isEqualTo(1);

        assertThat(api.call(GET, "/api/v1/sent-email", admin, null).getContentAsString())
                .as("email to an erased person goes with them").doesNotContain("erin@gdpr.example");
        var log = api.call(GET, "/api/v1/audit?limit=50", admin, null).getContentAsString();
        assertThat(log).doesNotContain("Erin Example").doesNotContain("erin@gdpr.example");
        var entries = json(api.call(GET, "/api/v1/audit?limit=50", admin, null)).get("items");
        assertThat(entries.findValuesAsString("action")).contains("Person added", "Key role granted", "Personal data erased");
    }

    @Test
    void aVolunteerCannotReadSomeoneElsesData() throws Exception {
        var organisation = organisations.signUp("gdpr");
        var api = organisation.api();
        String admin = organisation.adminToken();
        String id = json(api.call(GET, "/api/v1/me", admin, null)).get("id").asString();
        assertThat(api.call(GET, "/api/v1/people/" + id + "/personal-data", null, null).getStatus()).isEqualTo(401);
        assertThat(api.call(DELETE, "/api/v1/people/" + id, admin, null).getStatus())
                .as("the last admin cannot be erased").isEqualTo(400);
    }
}
