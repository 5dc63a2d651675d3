package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A booker's personal data is found by their email address and erased with it, while the places they
 * booked stay counted; a person of the organisation who booked finds their bookings in their own export.
 */
@IntegrationTest
class BookerPersonalDataTests {

    @Autowired
    Organisations organisations;

    @Test
    void aBookersBookingsAreExportedByAddressAndErasedKeepingThePlacesCounted() throws Exception {
        var host = organisations.umbrella("surg-gdpr");
        SurgeryFixtures.surgery(host, null, 5);
        String date = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
        assertThat(host.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null,
                SurgeryFixtures.booking("rita@riverside.example", 2)).getStatus()).isEqualTo(201);
        String person = json(host.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Rita Patel", "email": "rita@riverside.example", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""))
                .get("id").asString();

        var found = json(host.callAsAdmin(GET, "/api/v1/surgery-bookers?email=RITA@riverside.example", null));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("needNote").asString()).isEqualTo("Our new page");
        var export = json(host.callAsAdmin(GET, "/api/v1/people/" + person + "/personal-data", null));
        assertThat(export.get("Surgery bookings").get(0).get("Group").asString()).isEqualTo("Riverside Allotment Society");

        var erased = json(host.callAsAdmin(DELETE, "/api/v1/surgery-bookers?email=rita@riverside.example", null));
        assertThat(erased.get("bookings").asInt()).isEqualTo(1);
        assertThat(json(host.callAsAdmin(GET, "/api/v1/surgery-bookers?email=rita@riverside.example", null))).isEmpty();
        var kept = json(host.callAsAdmin(GET, "/api/v1/surgery-dates/" + date + "/bookings", null)).get(0);
        assertThat(kept.get("name").asString()).isEqualTo("Erased booker");
        assertThat(kept.get("places").asInt()).as("the places stay counted").isEqualTo(2);
        assertThat(json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .isEqualTo(3);
        assertThat(host.api().call(GET, "/api/v1/audit?limit=50", host.adminToken(), null).getContentAsString())
                .contains("Booker's personal data erased").doesNotContain("Rita Patel (booked");
    }
}
