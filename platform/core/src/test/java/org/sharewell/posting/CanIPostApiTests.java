package org.sharewell.posting;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * "Can I post this?" through the REST API: the guide from the published policy, a walk that says go
 * ahead and one that sends the post to the communications contact, who answers by the emailed link
 * once; requests are searchable and counted; what is wrong is refused and changes nothing.
 */
@IntegrationTest
class CanIPostApiTests {

    @Autowired
    Organisations organisations;

    @Test
    void aVolunteerIsToldToGoAheadOrSendsTheirPostToTheContactWhoAnswersByTheEmailedLinkOnce() throws Exception {
        var group = organisations.signUp("canipost");
        String policy = PolicyFixtures.publishedPolicy(group, PolicyFixtures.TEMPLATE);
        var val = group.join("Val Volunteer");

        var guide = json(group.api().call(GET, "/api/v1/public/can-i-post", null, null));
        assertThat(guide.get("policy").asString()).isEqualTo(policy);
        assertThat(guide.get("questions")).hasSize(3);

        var goAhead = json(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/1?path=2.1", null, null));
        assertThat(goAhead.get("end").get("outcome").asString()).isEqualTo("GO_AHEAD");
        assertThat(goAhead.get("end").get("says").asString()).contains("as long as you have read it all");
        assertThat(goAhead.get("path").asString()).isEqualTo("2.1");
        var halfway = json(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/1?path=2", null, null));
        assertThat(halfway.get("next").get("text").asString()).isEqualTo("Is it a pointer to another resource?");

        var notNeeded = group.api().call(POST, "/api/v1/check-requests", val.token(), PolicyFixtures.checkRequest(policy, "1", "Our open day is on Saturday"));
        assertThat(notNeeded.getStatus()).as("the policy says go ahead: nothing to check").isEqualTo(400);

        var check = json(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/1?path=2.2.2", null, null));
        assertThat(check.get("end").get("outcome").asString()).isEqualTo("CHECK_FIRST");
        assertThat(check.get("end").get("says").asString()).contains("Jo Bloggs", "24 hours");
        var asked = group.api().call(POST, "/api/v1/check-requests", val.token(),
                PolicyFixtures.checkRequest(policy, "2.2.2", "Photos from our litter pick, with everyone's agreement"));
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
        assertThat(json(asked).get("kind").asString()).startsWith("New content");
        assertThat(json(asked).get("contactName").asString()).isEqualTo("Jo Bloggs");

        String contactEmail = "comms@" + group.slug() + ".example";
        assertThat(group.emailsTo(contactEmail).getFirst().email().subject()).contains("Val Volunteer");
        String link = group.tokenInLatestEmailTo(contactEmail, "/check/");
        var shown = json(group.api().call(GET, "/api/v1/public/check-requests/" + link, null, null));
        assertThat(shown.get("draft").asString()).isEqualTo("Photos from our litter pick, with everyone's agreement");
        var noNote = group.api().call(POST, "/api/v1/public/check-requests/" + link, null, """
                {"answer": "APPROVED", "note": " "}""");
        assertThat(noNote.getStatus()).isEqualTo(400);
        var answered = group.api().call(POST, "/api/v1/public/check-requests/" + link, null, """
                {"answer": "APPROVED", "note": "Lovely. Add a description of the photo for screen readers."}""");
        assertThat(answered.getStatus()).as(answered.getContentAsString()).isEqualTo(200);
        assertThat(json(answered).get("answeredBy").asString()).isEqualTo("Jo Bloggs (by the emailed link)");
        assertThat(group.api().call(POST, "/api/v1/public/check-requests/" + link, null, """
                {"answer": "DECLINED", "note": "Changed my mind"}""").getStatus()).as("the link works once").isEqualTo(404);

        var told = group.emailsTo(val.email()).getFirst().email();
        assertThat(told.subject()).startsWith("Go ahead: your post for Facebook");
        assertThat(told.text()).contains("Add a description of the photo");
        var mine = json(group.api().call(GET, "/api/v1/me/check-requests", val.token(), null)).get("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void requestsAreSearchedByStemmedWordsAndCountedForChampionsAndAdminsOnly() throws Exception {
        var group = organisations.signUp("canipost-search");
        String policy = PolicyFixtures.publishedPolicy(group, PolicyFixtures.TEMPLATE);
        var cam = group.join("Cam Champion", KeyRole.CHAMPION);
        var val = group.join("Val Volunteer");
        for (String post : new String[] {"Photos of the allotment open day", "Our advice on strong passwords"}) {
            assertThat(group.api().call(POST, "/api/v1/check-requests", val.token(), PolicyFixtures.checkRequest(policy, "2.2.1", post)).getStatus())
                    .isEqualTo(201);
        }
        var found = json(group.api().call(GET, "/api/v1/check-requests?words=allotments,photo", cam.token(), null));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("draft").asString()).startsWith("Photos of the allotment");
        assertThat(json(group.api().call(GET, "/api/v1/check-requests?words=');DROP,TABLE", cam.token(), null)).get("total")
                .asInt()).isZero();
        assertThat(group.api().call(GET, "/api/v1/check-requests", val.token(), null).getStatus()).isEqualTo(403);
        assertThat(group.api().call(GET, "/api/v1/check-requests/figures", val.token(), null).getStatus()).isEqualTo(403);

        String id = found.get("items").get(0).get("id").asString();
        var wrong = group.api().call(POST, "/api/v1/check-requests/" + id + "/answer", cam.token(), """
                {"answer": "ASKED", "note": "Hmm"}""");
        assertThat(wrong.getStatus()).isEqualTo(400);
        var changes = group.api().call(POST, "/api/v1/check-requests/" + id + "/answer", cam.token(), """
                {"answer": "CHANGES_ASKED", "note": "Blur the faces of the children first."}""");
        assertThat(changes.getStatus()).as(changes.getContentAsString()).isEqualTo(200);
        assertThat(group.api().call(POST, "/api/v1/check-requests/" + id + "/answer", cam.token(), """
                {"answer": "APPROVED", "note": "Fine"}""").getStatus()).as("answered already").isEqualTo(409);
        assertThat(json(group.api().call(GET, "/api/v1/check-requests?status=CHANGES_ASKED", cam.token(), null)).get("total")
                .asInt()).isEqualTo(1);
        assertThat(json(group.api().call(GET, "/api/v1/check-requests?words=blur", cam.token(), null)).get("total").asInt())
                .as("the note is searched too").isEqualTo(1);

        var figures = json(group.api().call(GET, "/api/v1/check-requests/figures", cam.token(), null));
        assertThat(figures.get("asked").asInt()).isEqualTo(2);
        assertThat(figures.get("answered").asInt()).isEqualTo(1);
        assertThat(figures.get("waiting").asInt()).isEqualTo(1);
        assertThat(figures.get("answeredByDeadline").asInt()).isEqualTo(1);
        assertThat(figures.get("medianMinutesToAnswer").asLong()).isGreaterThanOrEqualTo(0);

        var someoneElse = group.join("Sid Else");
        assertThat(group.api().call(GET, "/api/v1/check-requests/" + id, someoneElse.token(), null).getStatus())
                .as("not theirs").isEqualTo(404);
        assertThat(group.api().call(GET, "/api/v1/check-requests/" + id, val.token(), null).getStatus()).isEqualTo(200);
    }

    @Test
    void badAsksForgedLinksAndBrokenQuestionsAreRefusedAndChangeNothing() throws Exception {
        var group = organisations.signUp("canipost-bad");
        String policy = PolicyFixtures.publishedPolicy(group, PolicyFixtures.TEMPLATE);
        var val = group.join("Val Volunteer");
        var past = group.api().call(POST, "/api/v1/check-requests", val.token(), """
                {"policy": "%s", "version": 1, "path": "2.2.1", "draft": "", "platform": "Facebook", "account": "Ours",
                 "deadline": "2020-01-01"}""".formatted(policy));
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("Write the post as you would write it", "The date has passed");
        assertThat(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/1?path=9", null, null).getStatus())
                .isEqualTo(400);
        assertThat(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/1?path=x", null, null).getStatus())
                .isEqualTo(400);
        assertThat(group.api().call(GET, "/api/v1/public/can-i-post/" + policy + "/7", null, null).getStatus()).isEqualTo(404);
        for (String forged : new String[] {"no-such-link", "A".repeat(43)}) {
            assertThat(group.api().call(GET, "/api/v1/public/check-requests/" + forged, null, null).getStatus()).isEqualTo(404);
            assertThat(group.api().call(POST, "/api/v1/public/check-requests/" + forged, null, """
                    {"answer": "APPROVED", "note": "Yes"}""").getStatus()).isEqualTo(404);
        }
        assertThat(json(group.api().call(GET, "/api/v1/me/check-requests", val.token(), null)).get("total").asInt()).isZero();

        group.callAsAdmin(PUT, "/api/v1/documents/" + policy + "/draft", """
                {"title": "Social media policy", "body": %s}""".formatted(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(PolicyFixtures.TEMPLATE.replace("- **No, or I am not sure**: go on to the next question.\n\n### What",
                        "- **No, or I am not sure**: maybe.\n\n### What"))));
        var broken = group.callAsAdmin(POST, "/api/v1/documents/" + policy + "/versions", """
                {"change": "MINOR", "summary": "Wording"}""");
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(broken.getContentAsString()).contains("After \\\"No, or I am not sure\\\"");
        assertThat(json(group.api().call(GET, "/api/v1/public/can-i-post", null, null)).get("version").asInt())
                .as("nothing was published").isEqualTo(1);
    }
}
