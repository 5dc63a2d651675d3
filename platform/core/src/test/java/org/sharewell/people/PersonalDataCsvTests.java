package org.sharewell.people;

import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The personal data file is checked before a byte of it is sent: someone unknown, or a caller who
 * may not ask, gets a problem answer instead of a cut-off file, and a name that a spreadsheet would
 * run as a formula comes out as plain text.
 */
@IntegrationTest
class PersonalDataCsvTests {

    @Autowired
    Organisations organisations;

    Organisation organisation;

    @BeforeEach
    void anOrganisation() throws Exception {
        organisation = organisations.signUp("csv");
    }

    @Test
    void someoneNotInTheOrganisationIsNotFoundAndNoFileIsStarted() throws Exception {
        var answer = organisation.callAsAdmin(GET, "/api/v1/people/" + UUID.randomUUID() + "/personal-data.csv", null);
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getHeader("Content-Disposition")).isNull();
        assertThat(json(answer).get("detail").asString()).isEqualTo("There is nobody with that id in your organisation.");
    }

    @Test
    void aCallerWhoMayNotAskIsRefusedWithAProblemNotAnEmptyBody() throws Exception {
        String id = json(organisation.callAsAdmin(GET, "/api/v1/me", null)).get("id").asString();
        var other = organisations.signUp("csv-other").api();
        var refused = organisation.api().call(GET, "/api/v1/people/" + id + "/personal-data.csv", null, null);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        var foreign = other.call(GET, "/api/v1/people/" + id + "/personal-data.csv", other.adminToken(), null);
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(json(foreign).get("title").asString()).isNotBlank();
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsPlainText() throws Exception {
        String id = json(organisation.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "=HYPERLINK(\\"http://evil.example\\")", "kind": "MEMBER"}""")).get("id").asString();
        var csv = organisation.callAsAdmin(GET, "/api/v1/people/" + id + "/personal-data.csv", null).getContentAsString();
        assertThat(csv).contains("'=HYPERLINK(");
    }
}
