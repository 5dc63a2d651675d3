package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The public booking form's bot protection needs no third-party service: a form without the token it was
 * shown with, with a made-up one, sent back within seconds of being shown, or with the hidden trap field
 * filled in, is refused in words a person can act on, and books nothing.
 */
@IntegrationTest
class BotProtectionTests {

    @Autowired
    Organisations organisations;

    @Test
    void aFormSentByAMachineIsRefusedKindlyAndBooksNothing() throws Exception {
        var host = organisations.umbrella("bots-host");
        SurgeryFixtures.surgery(host, null, 6);
        String book = "/api/v1/public/surgery-dates/"
                + json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString() + "/bookings";
        String form = SurgeryFixtures.booking("rita@riverside.example", 1);
        var written = java.util.regex.Pattern.compile("\"formToken\": \"([^\"]+)\"").matcher(form);
        assertThat(written.find()).isTrue();
        String token = written.group(1);

        String fresh = json(host.api().call(GET, "/api/v1/public/booking-forms", null, null)).get("formToken").asString();
        assertThat(problem(host, book, form.replace(token, fresh))).contains("very quickly");
        assertThat(problem(host, book, form.replace(token, fresh.substring(0, fresh.length() - 2) + "xx")))
                .contains("booking page");
        assertThat(problem(host, book, form.replace("\"formToken\": \"" + token + "\"", "\"formToken\": null")))
                .contains("booking page");
        assertThat(problem(host, book, form.replace("\"formToken\"", "\"website\": \"https://spam.example\", \"formToken\"")))
                .contains("booking page");
        assertThat(json(host.callAsAdmin(GET, "/api/v1/surgery-bookers?email=rita@riverside.example", null))).isEmpty();
        assertThat(host.api().call(POST, book, null, form).getStatus()).as("a person's form, a minute on").isEqualTo(201);
    }

    private static String problem(org.sharewell.Organisation host, String path, String body) throws Exception {
        var answer = host.api().call(POST, path, null, body);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        return json(answer).get("errors").toString();
    }
}
