package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * Before saving, a host is warned of another public surgery at an overlapping time in the same postcode
 * area, or of the same umbrella body wherever it is, named with its host; saving again goes ahead. A
 * surgery its host did not make public, or at another time, is no clash.
 */
@IntegrationTest
class ClashWarningTests {

    @Autowired
    Organisations organisations;

    @Test
    void aClashInThePostcodeAreaOrTheUmbrellaFamilyIsNamedBeforeSavingAndSavingAgainGoesAhead() throws Exception {
        // 2 November 2027 is a day no other test uses, and the postcode areas are ones only this test uses.
        var dudley = organisations.umbrella("clash-dudley");
        var walsall = organisations.umbrella("clash-walsall");
        var member = organisations.link(dudley, organisations.signUp("clash-member")).group();
        assertThat(create(dudley, "Dudley drop-in", "ZE1 0AA", "10:00", "12:00", true, false).getStatus()).isEqualTo(201);
        assertThat(create(dudley, "Members' evening", "ZE1 0AB", "09:00", "13:00", true, true).getStatus()).isEqualTo(201);

        var warned = create(walsall, "Walsall surgery", "ZE2 9XY", "11:00", "13:00", false, false);
        assertThat(warned.getStatus()).isEqualTo(409);
        assertThat(json(warned).get("detail").asString()).contains("\"Dudley drop-in\" by ", "2 November 2027, 10:00",
                "in the same postcode area (ZE)", "save again").doesNotContain("Members' evening");
        var clashes = json(walsall.callAsAdmin(POST, "/api/v1/surgery-clashes", body("Walsall surgery", "ZE2 9XY", "11:00",
                "13:00", true, false)));
        assertThat(clashes).hasSize(1);
        assertThat(clashes.get(0).get("title").asString()).isEqualTo("Dudley drop-in");
        assertThat(create(walsall, "Walsall surgery", "ZE2 9XY", "11:00", "13:00", true, false).getStatus())
                .as("saving again, having seen it").isEqualTo(201);
        assertThat(create(walsall, "Walsall afternoon", "ZE2 9XY", "14:00", "15:00", false, false).getStatus())
                .as("a surgery at another time is no clash").isEqualTo(201);

        var family = create(member, "Member group's own surgery", "ZF3 1AA", "11:30", "12:30", false, false);
        assertThat(family.getStatus()).isEqualTo(409);
        assertThat(json(family).get("detail").asString()).contains("Dudley drop-in", "of the same umbrella body")
                .doesNotContain("Walsall");
    }

    private static MockHttpServletResponse create(Organisation host, String title, String postcode, String starts, String ends,
                                                  boolean seen, boolean hidden) throws Exception {
        return host.callAsAdmin(POST, "/api/v1/surgeries", body(title, postcode, starts, ends, seen, hidden));
    }

    private static String body(String title, String postcode, String starts, String ends, boolean seen, boolean hidden) {
        return """
                {"title": "%s", "venue": "A hall", "postcode": "%s", "firstDay": "2027-11-02", "starts": "%s", "ends": "%s",
                 "places": 6, "clashesSeen": %s, "open": %s}""".formatted(title, postcode, starts, ends, seen, !hidden);
    }
}
