package org.sharewell.licensing;

import org.sharewell.licensing.LicensingEvent.TrainingRequirementsChanged;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** The training an organisation requires: a default list to start with, which only its admins change. */
@IntegrationTest
@RecordApplicationEvents
class TrainingRequirementsApiTests {

    static final String PATH = "/api/v1/licensing/training-requirements";

    @Autowired
    Organisations organisations;
    @Autowired
    ApplicationEvents events;

    @Test
    void everyoneReadsTheListAndOnlyAnAdminChangesIt() throws Exception {
        var team = organisations.signUp("training");
        var admin = team.admin();
        var volunteer = team.join("Viv Volunteer");

        var defaults = json(team.api().call(GET, PATH, volunteer.token(), null)).get("items");
        assertThat(defaults).extracting(item -> item.get("title").asString()).containsExactly("Read the social media policy",
                "Privacy and safeguarding online", "Posting for the organisation: tone and approvals");
        String policy = defaults.get(0).get("id").asString();
        String privacy = defaults.get(1).get("id").asString();
        var applied = json(team.api().call(POST, "/api/v1/licence-applications", volunteer.token(), null));

        String change = """
                {"items": [{"id": "%s", "title": "Privacy, safeguarding and consent", "description": "Photos need consent."},
                           {"id": "%s", "title": "Read the social media policy", "description": ""},
                           {"title": "Spotting scams", "description": "Fake prize draws and phishing messages."}]}"""
                .formatted(privacy, policy);
        assertThat(team.api().call(PUT, PATH, volunteer.token(), change).getStatus()).isEqualTo(403);
        var changed = team.api().call(PUT, PATH, admin.token(), change);
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        assertThat(json(changed).get("items")).extracting(item -> item.get("title").asString())
                .containsExactly("Privacy, safeguarding and consent", "Read the social media policy", "Spotting scams");
        assertThat(json(changed).get("items").get(0).get("id").asString()).isEqualTo(privacy);

        // A pending application follows the list as it is now.
        var application = json(team.api().call(GET, "/api/v1/licence-applications/" + applied.get("id").asString(),
                admin.token(), null));
        assertThat(application.get("training")).extracting(item -> item.get("title").asString())
                .containsExactly("Privacy, safeguarding and consent", "Read the social media policy", "Spotting scams");
        assertThat(events.stream(TrainingRequirementsChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.audit().before()).contains("Posting for the organisation: tone and approvals");
            assertThat(event.audit().after()).contains("Spotting scams: Fake prize draws and phishing messages.");
        });
    }

    @Test
    void aBadListIsExplainedAndChangesNothing() throws Exception {
        var team = organisations.signUp("training");
        String admin = team.admin().token();

        var refused = team.api().call(PUT, PATH, admin, """
                {"items": [{"title": " "}, {"title": "Spotting scams"}, {"title": "spotting SCAMS"}]}""");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json(refused).get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("items[0].title", "items[2].title");
        assertThat(team.api().call(PUT, PATH, admin, "{\"items\": []}").getContentAsString())
                .contains("List at least one piece of training");
        assertThat(json(team.api().call(GET, PATH, admin, null)).get("items")).hasSize(3);
        assertThat(events.stream(TrainingRequirementsChanged.class)).isEmpty();
    }
}
