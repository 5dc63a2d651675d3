package org.sharewell.surgeries;

import org.sharewell.Organisation;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/** A host's surgery made through the REST API, and booking forms for it. */
public final class SurgeryFixtures {

    /** The key the test platform signs booking forms with (IntegrationTest sets it). */
    public static final String FORM_KEY = "a key for the tests' booking forms";

    private SurgeryFixtures() {
    }

    /** A surgery starting in a week, repeating by the rule (or once); its id. */
    public static String surgery(Organisation host, String repeats, int places) throws Exception {
        var created = host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Social Media Surgery at the library", "offers": "Facebook, Instagram and websites",
                 "venue": "Brookfield Library", "postcode": "DY1 1HP", "accessibility": "Step-free entrance",
                 "firstDay": "%s", "starts": "10:00", "ends": "12:00", %s "places": %d, "clashesSeen": true}"""
                .formatted(LocalDate.now(org.sharewell.kernel.UkTime.ZONE).plusDays(7),
                        repeats == null ? "" : "\"repeats\": \"" + repeats + "\",", places));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    /** A booking form from one group, with a fresh request key. */
    public static String booking(String email, int places) {
        return """
                {"requestKey": "%s", "name": "Rita Patel", "email": "%s", "groupName": "Riverside Allotment Society",
                 "groupKind": "VOLUNTARY_GROUP", "voluntary": true, "needs": ["FACEBOOK_PAGE"], "needNote": "Our new page",
                 "help": "SOME", "places": %d, "formToken": "%s"}""".formatted(UUID.randomUUID(), email, places,
                org.sharewell.surgeries.internal.FormTokenFixture.shownAMinuteAgo(FORM_KEY));
    }
}
