package org.sharewell.publishing;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.sharewell.publishing.DocumentsApiTests.answer;
import static org.sharewell.publishing.DocumentsApiTests.create;
import static org.sharewell.publishing.DocumentsApiTests.publication;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** An adopter sees what its template changed, takes one change, declines a conflicting one with a reason, and publishes. */
@IntegrationTest
class UpstreamApiTests {

    static final String V1 = """
            # Posting for {{organisation_name}}

            Ask {{communications_contact}} before posting anything new.

            Be kind online.

            Report abuse to the platform.""";

    @Autowired
    Organisations organisations;

    @Test
    void theAdopterTakesANewVersionChangeByChangeAndPublishingWaitsForTheConflict() throws Exception {
        var operator = organisations.operator();
        answer(operator);
        String template = create(operator, "EVERY_ORGANISATION", "Upstream merge template", V1);
        assertThat(operator.callAsAdmin(POST, "/api/v1/documents/" + template + "/versions", publication("SUBSTANTIVE", "First"))
                .getStatus()).isEqualTo(201);

        var group = organisations.signUp("upstream-group");
        answer(group);
        String own = json(group.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "OWN_ORGANISATION"}""".formatted(operator.id(), template)))
                .get("id").asString();
        String mine = V1.replace("Be kind online.", "Be kind and patient online.");
        group.callAsAdmin(PUT, "/api/v1/documents/" + own + "/draft", draft("Our posting policy", mine));
        assertThat(group.callAsAdmin(POST, "/api/v1/documents/" + own + "/versions", publication("SUBSTANTIVE", "Ours"))
                .getStatus()).isEqualTo(201);
        assertThat(json(group.callAsAdmin(GET, "/api/v1/documents/" + own + "/upstream", null)).get("upToDate").asBoolean())
                .isTrue();

        String v2 = V1.replace("Be kind online.", "Be kind and polite online.")
                .replace("Report abuse to the platform.", "Report abuse to the platform and keep a screenshot.");
        operator.callAsAdmin(PUT, "/api/v1/documents/" + template + "/draft", draft("Upstream merge template", v2));
        assertThat(operator.callAsAdmin(POST, "/api/v1/documents/" + template + "/versions", publication("SUBSTANTIVE", "Second"))
                .getStatus()).isEqualTo(201);

        var upstream = json(group.callAsAdmin(GET, "/api/v1/documents/" + own + "/upstream", null));
        assertThat(upstream.get("newest").asInt()).isEqualTo(2);
        assertThat(upstream.get("amendments")).hasSize(2);
        assertThat(upstream.get("conflicts").asBoolean()).isTrue();
        group.callAsAdmin(PUT, "/api/v1/documents/" + own + "/draft", draft("Our posting policy",
                mine.replace("\n\nAsk ", "\n\nOne more line.\n\nAsk ")));
        var blocked = group.callAsAdmin(POST, "/api/v1/documents/" + own + "/versions", publication("MINOR", "Another line"));
        assertThat(blocked.getStatus()).as("publishing waits for the conflict").isEqualTo(409);

        var undecided = group.callAsAdmin(POST, "/api/v1/documents/" + own + "/upstream", """
                {"newest": 2, "choices": []}""");
        assertThat(undecided.getStatus()).isEqualTo(400);
        String conflicting = upstream.get("amendments").get(0).get("conflict").asBoolean() ? "1" : "2";
        var taken = group.callAsAdmin(POST, "/api/v1/documents/" + own + "/upstream", """
                {"newest": 2, "choices": [{"amendment": %s, "decision": "DECLINED", "reason": "Patient says what we mean"}]}"""
                .formatted(conflicting));
        assertThat(taken.getStatus()).as(taken.getContentAsString()).isEqualTo(200);
        assertThat(json(taken).get("body").asString()).contains("Be kind and patient online.", "keep a screenshot", "One more line.");

        var published = group.callAsAdmin(POST, "/api/v1/documents/" + own + "/versions", publication("SUBSTANTIVE", "Upstream v2"));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        assertThat(json(published).get("upstreamVersion").asInt()).isEqualTo(2);
        var comparison = json(group.callAsAdmin(GET, "/api/v1/published/" + group.id() + "/" + own + "/comparison?from=1&to=2", null));
        assertThat(comparison.toString()).contains("<ins>").contains("screenshot").contains("CHANGED");
    }

    private static String draft(String title, String body) throws Exception {
        return """
                {"title": "%s", "body": %s}""".formatted(title, tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(body));
    }
}
