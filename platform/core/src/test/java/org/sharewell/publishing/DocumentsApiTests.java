package org.sharewell.publishing;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Writing, filling in, publishing and adopting documents through the REST API, as the people who do it would. */
@IntegrationTest
class DocumentsApiTests {

    static final String TEMPLATE = """
            # Social media policy for {{organisation_name}}

            Before posting something new, ask {{communications_contact}} ({{communications_email}}).

            We review this policy every {{review_months}} months.""";

    @Autowired
    Organisations organisations;

    @Test
    void aDraftUsingUnansweredPlaceholdersCannotBePublishedUntilTheyAreAnswered() throws Exception {
        var cvs = organisations.umbrella("docs-cvs");
        String id = create(cvs, "OWN_ORGANISATION", "Social media policy", TEMPLATE);
        var draft = json(cvs.callAsAdmin(GET, "/api/v1/documents/" + id + "/draft", null));
        assertThat(draft.get("unfilledPlaceholders").toString())
                .contains("communications_contact", "communications_email", "review_months").doesNotContain("organisation_name");
        assertThat(draft.get("readyToPublish").asBoolean()).isFalse();

        var refused = cvs.callAsAdmin(POST, "/api/v1/documents/" + id + "/versions", publication("SUBSTANTIVE", "First"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Communications contact").contains("before publishing");

        var wrong = cvs.callAsAdmin(PUT, "/api/v1/placeholder-answers", """
                {"communications_contact": "Jo Bloggs", "communications_email": "not an address", "review_months": "eleventy"}""");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("communications_email").contains("review_months");
        assertThat(json(cvs.callAsAdmin(GET, "/api/v1/placeholder-answers", null)).has("communications_contact"))
                .as("nothing changed").isFalse();

        answer(cvs);
        var published = cvs.callAsAdmin(POST, "/api/v1/documents/" + id + "/versions", publication("MINOR", "First"));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        var version = json(published);
        assertThat(version.get("number").asInt()).isEqualTo(1);
        assertThat(version.get("change").asString()).as("a first version is always substantive").isEqualTo("SUBSTANTIVE");
        assertThat(version.get("filled").asString()).contains("docs-cvs group").contains("Jo Bloggs")
                .contains("comms@" + cvs.slug() + ".example").contains("every 12 months");
        assertThat(version.get("body").asString()).as("the text keeps its placeholders").contains("{{communications_contact}}");
        assertThat(version.get("html").asString()).contains("<h1>Social media policy for docs-cvs group</h1>");

        var again = cvs.callAsAdmin(POST, "/api/v1/documents/" + id + "/versions", publication("MINOR", "Nothing"));
        assertThat(again.getStatus()).as("nothing changed").isEqualTo(409);
    }

    @Test
    void anOrganisationAdoptsTheOperatorsTemplateAndItsDraftIsTheNewestVersion() throws Exception {
        var operator = organisations.operator();
        String template = create(operator, "EVERY_ORGANISATION", "Adoptable policy template", TEMPLATE);
        operator.callAsAdmin(PUT, "/api/v1/placeholder-answers", """
                {"communications_contact": "The communications contact", "communications_email": "comms@example.org",
                 "review_months": "12"}""");
        assertThat(operator.callAsAdmin(POST, "/api/v1/documents/" + template + "/versions", publication("SUBSTANTIVE", "First"))
                .getStatus()).isEqualTo(201);

        var group = organisations.signUp("docs-adopter");
        var offered = json(group.callAsAdmin(GET, "/api/v1/published?kind=POLICY&limit=200", null)).get("items");
        assertThat(titles(offered)).contains("Adoptable policy template");
        var adopted = group.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "OWN_ORGANISATION"}""".formatted(operator.id(), template));
        assertThat(adopted.getStatus()).as(adopted.getContentAsString()).isEqualTo(201);
        var document = json(adopted);
        assertThat(document.get("adoptedFrom").get("version").asInt()).isEqualTo(1);
        String own = document.get("id").asString();
        var draft = json(group.callAsAdmin(GET, "/api/v1/documents/" + own + "/draft", null));
        assertThat(draft.get("body").asString()).isEqualTo(TEMPLATE);

        var twice = group.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "OWN_ORGANISATION"}""".formatted(operator.id(), template));
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(group.callAsAdmin(GET, "/api/v1/published/" + operator.id() + "/" + template + "/versions/1", null)
                .getStatus()).isEqualTo(200);
    }

    @Test
    void onlyAdminsWriteAndOnlyTheOperatorPublishesToEveryone() throws Exception {
        var cvs = organisations.umbrella("docs-rules");
        var refused = cvs.callAsAdmin(POST, "/api/v1/documents", """
                {"audience": "EVERY_ORGANISATION", "title": "To all", "body": "Hello"}""");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Only Sharewell publishes to every organisation");

        var group = organisations.signUp("docs-rules-group");
        var noMembers = group.callAsAdmin(POST, "/api/v1/documents", """
                {"audience": "MEMBER_GROUPS", "title": "To members", "body": "Hello"}""");
        assertThat(noMembers.getStatus()).isEqualTo(400);

        var champion = cvs.join("Cam Champion", KeyRole.CHAMPION);
        var notAdmin = cvs.api().call(POST, "/api/v1/documents", champion.token(), """
                {"audience": "OWN_ORGANISATION", "title": "Mine", "body": "Hello"}""");
        assertThat(notAdmin.getStatus()).isEqualTo(403);

        var unknownWord = create(cvs, "OWN_ORGANISATION", "Typo", "Ask {{comms_contact}} first.");
        var blocked = cvs.callAsAdmin(POST, "/api/v1/documents/" + unknownWord + "/versions", publication("MINOR", "First"));
        assertThat(blocked.getStatus()).isEqualTo(400);
        assertThat(blocked.getContentAsString()).contains("{{comms_contact}}");
    }

    static String create(Organisation publisher, String audience, String title, String body) throws Exception {
        var created = publisher.callAsAdmin(POST, "/api/v1/documents", """
                {"kind": "POLICY", "audience": "%s", "title": "%s", "body": %s}"""
                .formatted(audience, title, tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    static void answer(Organisation organisation) throws Exception {
        var answered = organisation.callAsAdmin(PUT, "/api/v1/placeholder-answers", """
                {"communications_contact": "Jo Bloggs", "communications_email": "comms@%s.example", "review_months": "12"}"""
                .formatted(organisation.slug()));
        assertThat(answered.getStatus()).as(answered.getContentAsString()).isEqualTo(200);
    }

    static String publication(String change, String summary) {
        return """
                {"change": "%s", "summary": "%s"}""".formatted(change, summary);
    }

    private static java.util.List<String> titles(JsonNode items) {
        var titles = new java.util.ArrayList<String>();
        items.forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
