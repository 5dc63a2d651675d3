package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.kernel.UkTime;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** The directory lists every host's public surgeries by postcode area and date, and nothing a host kept private. */
@IntegrationTest
class SurgeryDirectoryTests {

    @Autowired
    Organisations organisations;

    @Test
    void theDirectoryShowsEveryHostsPublicSurgeriesInAnAreaAndNeverAPrivateOne() throws Exception {
        var first = organisations.umbrella("dir-one");
        var second = organisations.umbrella("dir-two");
        SurgeryFixtures.surgery(first, null, 6);
        SurgeryFixtures.surgery(second, "FREQ=WEEKLY;COUNT=2", 4);
        var hidden = first.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Private surgery for our own members", "venue": "Back room", "postcode": "DY2 7AB",
                 "firstDay": "%s", "starts": "18:00", "ends": "19:00", "places": 3, "open": false}"""
                .formatted(LocalDate.now(UkTime.ZONE).plusDays(7)));
        assertThat(hidden.getStatus()).as(hidden.getContentAsString()).isEqualTo(201);

        String date = json(first.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
        assertThat(first.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null,
                SurgeryFixtures.booking("rita@riverside.example", 1)).getStatus()).isEqualTo(201);
        String days = "from=" + LocalDate.now(UkTime.ZONE) + "&to=" + LocalDate.now(UkTime.ZONE).plusDays(30);
        for (var at : new org.sharewell.ApiCalls[] {organisations.platform(), first.api()}) {
            var listed = json(at.call(GET, "/api/v1/public/surgery-directory?area=dy&" + days, null, null));
            var text = listed.toString();
            assertThat(text).contains("dir-one", "dir-two").doesNotContain("Private surgery");
            assertThat(text).as("never a booker").doesNotContain("Rita").doesNotContain("riverside");
            assertThat(listed).allSatisfy(entry -> assertThat(entry.get("postcodeArea").asString()).isEqualTo("DY"));
        }
        assertThat(json(organisations.platform().call(GET, "/api/v1/public/surgery-directory?area=B&" + days, null, null))
                .toString()).doesNotContain("dir-one");
        assertThat(organisations.platform().call(GET, "/api/v1/public/surgery-directory?area=D1&" + days, null, null)
                .getStatus()).isEqualTo(400);
        assertThat(organisations.platform().call(GET, "/api/v1/public/surgery-directory?from=2020-01-01&to=2020-02-01", null,
                null).getStatus()).isEqualTo(400);
    }
}
