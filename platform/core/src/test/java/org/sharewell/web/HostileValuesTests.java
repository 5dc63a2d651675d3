package org.sharewell.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * A value no field can hold (a NUL or another control character, a date in the year 999999999) is
 * refused as the request is read, naming the field, for every endpoint alike: a 400 problem, never the
 * database's error as a 500, and nothing saved.
 */
@IntegrationTest
class HostileValuesTests {

    @Autowired
    Organisations organisations;

    Organisation organisation;

    @BeforeEach
    void anOrganisation() throws Exception {
        organisation = organisations.signUp("hostile");
    }

    @Test
    void aControlCharacterInAnyTextOfABodyIsRefusedNamingTheField() throws Exception {
        var refused = organisation.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Nul\\u0000Person", "email": "nul@hostile.example", "kind": "STAFF"}""");

        assertRefused(refused, "fullName", "must not contain control characters, such as NUL");
        assertThat(people()).doesNotContain("Nul");
    }

    @Test
    void aControlCharacterInASignUpIsRefusedBeforeAnyoneIsSignedIn() throws Exception {
        var refused = organisations.platform().call(POST, "/api/v1/signup", null, """
                {"organisationName": "Bell\\u0007 group", "slug": "bell-group", "kind": "LOCAL_GROUP",
                 "adminName": "Bea", "email": "bea@bell.example", "password": "%s"}""".formatted(ApiCalls.PASSWORD));

        assertRefused(refused, "organisationName", "must not contain control characters, such as NUL");
    }

    @Test
    void linesAndTabsAreOrdinaryText() throws Exception {
        var added = organisation.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Tab\\tPerson", "email": "tab@hostile.example", "kind": "STAFF"}""");

        assertThat(added.getStatus()).as(added.getContentAsString()).isNotEqualTo(400);
    }

    @Test
    void aDateNoCalendarHoldsIsRefusedNamingTheField() throws Exception {
        var refused = organisation.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Far Future", "email": "far@hostile.example", "kind": "VOLUNTEER",
                 "volunteerTerm": "SHORT_TERM", "volunteeringEndsOn": "+999999999-12-31"}""");

        assertRefused(refused, "volunteeringEndsOn", "must be a date with a four-digit year, such as 2027-03-31");
        assertThat(people()).doesNotContain("Far Future");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedRatherThanTakenAsText() throws Exception {
        var refused = organisation.callAsAdmin(PUT, "/api/v1/tenant/settings",
                "{\"name\": 99999999999999999999999}");

        assertRefused(refused, "name", "must be text, written in quotes");
        assertThat(organisation.callAsAdmin(GET, "/api/v1/tenant/settings", null).getContentAsString())
                .doesNotContain("99999999999999999999999");
    }

    @Test
    void aControlCharacterInAQueryIsRefusedNamingTheParameter() throws Exception {
        var refused = organisation.callAsAdmin(GET, "/api/v1/people?name=Nul\u0000", null);

        assertRefused(refused, "name", "must not contain control characters, such as NUL");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldWithoutNamingJavaTypes() throws Exception {
        var refused = organisation.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Typed", "email": "typed@hostile.example", "kind": "STAFF", "volunteeringEndsOn": [1]}""");

        assertRefused(refused, "volunteeringEndsOn", "is not of the expected type");
        assertThat(refused.getContentAsString()).doesNotContain("java", "LocalDate", "tools.jackson");
    }

    private String people() throws Exception {
        return organisation.callAsAdmin(GET, "/api/v1/people", null).getContentAsString();
    }

    private static void assertRefused(MockHttpServletResponse answer, String field, String message) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        var error = json(answer).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).isEqualTo(message);
    }
}
