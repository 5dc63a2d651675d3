package org.sharewell.policies.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.posting.PolicyFixtures;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The whole story of a social media policy through the REST API, as the browser test follows it in the
 * UI: the operator's template, a CVS's own version of it read by three of four staff, the template's
 * second version taken in without a conflict, reading asked again with one reminder each, the public
 * page and PDF, a member group adopting the CVS's template, and a volunteer asking "can I post this?".
 */
@IntegrationTest
class PolicyStoryApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Organisations organisations;
    @Autowired
    AcknowledgementReminderJob reminders;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void fromTheOperatorsTemplateToAVolunteerAskingCanIPostThis() throws Exception {
        var operator = organisations.operator();
        String template = PolicyFixtures.create(operator, "EVERY_ORGANISATION", "Story social media policy",
                PolicyFixtures.TEMPLATE);
        publish(operator, template, "SUBSTANTIVE", "The template");

        var cvs = organisations.umbrella("story-cvs");
        String policy = adopt(cvs, operator, template, "OWN_ORGANISATION");
        PolicyFixtures.answerEverything(cvs);
        String draft = json(cvs.callAsAdmin(GET, "/api/v1/documents/" + policy + "/draft", null)).get("body").asString();
        String ours = draft.replace("Being online is part of our work, not an extra.",
                        "Being online is how most people first find us.")
                .replace("Write in plain words.", "Write in plain words, and keep posts short.");
        var ben = cvs.join("Ben Baker");
        var cat = cvs.join("Cat Clark");
        assertThat(cvs.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Dee Dunn", "email": "dee@%s.example", "kind": "STAFF"}""".formatted(cvs.slug())).getStatus())
                .isEqualTo(201);
        saveDraft(cvs, policy, ours);
        assertThat(json(publish(cvs, policy, "SUBSTANTIVE", "Our policy")).get("number").asInt()).isEqualTo(1);

        var status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("asked").asInt()).isEqualTo(4);
        String deesLink = cvs.tokenInLatestEmailTo("dee@" + cvs.slug() + ".example", "/acknowledge/");
        assertThat(cvs.api().call(POST, "/api/v1/public/acknowledgements/" + deesLink, null, null).getStatus())
                .as("Dee has no login: she reads it by the emailed link").isEqualTo(204);
        int asked = status.get("version").asInt();
        assertThat(cvs.api().call(POST, "/api/v1/me/to-read/" + policy + "/" + asked, ben.token(), null).getStatus()).isEqualTo(204);
        assertThat(cvs.callAsAdmin(POST, "/api/v1/me/to-read/" + policy + "/" + asked, null).getStatus()).isEqualTo(204);
        status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("acknowledged").asInt()).as("three of four").isEqualTo(3);

        String photos = "Ask before you take or share a photo of anyone, and record that they agreed.";
        String templateV2 = PolicyFixtures.TEMPLATE.replace(photos,
                "Ask before you take or share a photo of anyone, record that they agreed, and delete it if they change their mind.");
        saveDraft(operator, template, templateV2);
        publish(operator, template, "SUBSTANTIVE", "Photos can be withdrawn");
        var upstream = json(cvs.callAsAdmin(GET, "/api/v1/documents/" + policy + "/upstream", null));
        assertThat(upstream.get("conflicts").asBoolean()).as("another section than ours").isFalse();
        // As the page sends it: the one change taken, with the empty wording and reason of the other choices.
        var taken = cvs.callAsAdmin(POST, "/api/v1/documents/" + policy + "/upstream", """
                {"newest": %d, "choices": [{"amendment": 1, "decision": "TAKEN", "text": "", "reason": ""}]}"""
                .formatted(upstream.get("newest").asInt()));
        assertThat(taken.getStatus()).as(taken.getContentAsString()).isEqualTo(200);
        assertThat(json(taken).get("body").asString()).contains("delete it if they change their mind", "keep posts short");
        var published = json(publish(cvs, policy, "SUBSTANTIVE", "The template's change on photos"));
        int v2 = published.get("number").asInt();

        status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("version").asInt()).isEqualTo(v2);
        assertThat(status.get("acknowledged").asInt()).as("asked again").isZero();
        var outstanding = organisations.inTransaction(cvs.id(), sql -> sql.queryForList(
                "SELECT id FROM policies.acknowledgement WHERE version = ? AND acknowledged_at IS NULL", UUID.class, v2));
        int catsBefore = cvs.emailsTo(cat.email()).size();
        remind(cvs, outstanding);
        assertThat(cvs.emailsTo(cat.email())).as("one reminder each").hasSize(catsBefore + 1);
        assertThat(cvs.emailsTo(cat.email()).getFirst().email().subject()).startsWith("Reminder");

        var page = json(cvs.api().call(GET, "/api/v1/public/policies/" + policy, null, null));
        assertThat(page.get("version").asInt()).isEqualTo(v2);
        assertThat(page.get("html").asString()).contains("delete it if they change their mind", "Jo Bloggs");
        var pdf = cvs.api().call(GET, "/api/v1/public/policies/" + policy + "/pdf", null, null);
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("delete it if they change their mind", "Version " + v2);
        }

        String membersTemplate = adopt(cvs, operator, template, "MEMBER_GROUPS");
        publish(cvs, membersTemplate, "SUBSTANTIVE", "For our members");
        var group = organisations.signUp("story-group");
        var linked = organisations.link(cvs, group);
        group.callAsAdmin(PUT, "/api/v1/umbrellas/" + linked.link() + "/sharing/POLICY", null);
        String groupsPolicy = adopt(group, cvs, membersTemplate, "OWN_ORGANISATION");
        PolicyFixtures.answerEverything(group);
        publish(group, groupsPolicy, "SUBSTANTIVE", "Ours");
        var standing = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + membersTemplate + "/member-groups", null));
        assertThat(standing).hasSize(1);
        assertThat(standing.get(0).get("latestVersion").asInt()).isEqualTo(1);
        assertThat(standing.get(0).get("reviewDue").asString()).isEqualTo(LocalDate.now(org.sharewell.kernel.UkTime.ZONE)
                .plusMonths(12).toString());
        assertThat(standing.get(0).get("readers").asInt()).isEqualTo(1);

        var val = cvs.join("Val Volunteer");
        var walk = json(cvs.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/" + v2 + "?path=2.2.3", null, null));
        assertThat(walk.get("end").get("outcome").asString()).isEqualTo("CHECK_FIRST");
        var request = cvs.api().call(POST, "/api/v1/check-requests", val.token(), """
                {"policy": "%s", "version": %d, "path": "2.2.3", "draft": "We back the new bus route.", "platform": "Facebook",
                 "account": "Our Facebook page", "deadline": "%s"}""".formatted(policy, v2,
                LocalDate.now(org.sharewell.kernel.UkTime.ZONE).plusDays(2)));
        assertThat(request.getStatus()).as(request.getContentAsString()).isEqualTo(201);
        String link = cvs.tokenInLatestEmailTo("comms@" + cvs.slug() + ".example", "/check/");
        assertThat(cvs.api().call(POST, "/api/v1/public/check-requests/" + link, null, """
                {"answer": "CHANGES_ASKED", "note": "Say it is our members' view, and link to the consultation."}""").getStatus())
                .isEqualTo(200);
        assertThat(cvs.emailsTo(val.email()).getFirst().email().text()).contains("link to the consultation");
    }

    private void remind(Organisation organisation, List<UUID> acknowledgements) {
        TenantScope.runAs(organisation.id(), () -> AutomaticWork.run(() -> transaction.executeWithoutResult(status ->
                acknowledgements.forEach(reminders::run))));
    }

    private static String adopt(Organisation adopter, Organisation publisher, String document, String audience) throws Exception {
        var adopted = adopter.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "%s"}""".formatted(publisher.id(), document, audience));
        assertThat(adopted.getStatus()).as(adopted.getContentAsString()).isEqualTo(201);
        return json(adopted).get("id").asString();
    }

    private static void saveDraft(Organisation organisation, String document, String body) throws Exception {
        String title = json(organisation.callAsAdmin(GET, "/api/v1/documents/" + document + "/draft", null)).get("title").asString();
        var saved = organisation.callAsAdmin(PUT, "/api/v1/documents/" + document + "/draft", """
                {"title": %s, "body": %s}""".formatted(JSON.writeValueAsString(title), JSON.writeValueAsString(body)));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    }

    private static org.springframework.mock.web.MockHttpServletResponse publish(Organisation organisation, String document,
                                                                               String change, String summary) throws Exception {
        var published = organisation.callAsAdmin(POST, "/api/v1/documents/" + document + "/versions", """
                {"change": "%s", "summary": "%s"}""".formatted(change, summary));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        return published;
    }
}
