package org.sharewell.posting;

import org.sharewell.Organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** An organisation with the social media policy template's text as its own published policy, every placeholder answered. */
public final class PolicyFixtures {

    public static final String TEMPLATE = read("/templates/policy/social-media-policy.md");

    private PolicyFixtures() {
    }

    /** Answers every placeholder the template uses; the communications contact is Jo Bloggs at comms@{slug}.example. */
    public static void answerEverything(Organisation organisation) throws Exception {
        var answered = organisation.callAsAdmin(PUT, "/api/v1/placeholder-answers", """
                {"communications_contact": "Jo Bloggs", "communications_email": "comms@%s.example",
                 "deputy_contact": "Sam Deputy", "escalation_contact": "Pat Escalation", "escalation_phone": "0121 496 0000",
                 "safeguarding_lead": "Lee Safe", "safeguarding_phone": "0121 496 0001", "chair": "Chris Chair",
                 "response_hours": "24", "review_months": "12", "website": "https://www.example.org.uk"}"""
                .formatted(organisation.slug()));
        assertThat(answered.getStatus()).as(answered.getContentAsString()).isEqualTo(200);
    }

    /** Publishes the text as the organisation's own policy; its id. */
    public static String publishedPolicy(Organisation organisation, String text) throws Exception {
        answerEverything(organisation);
        String id = create(organisation, "OWN_ORGANISATION", "Social media policy", text);
        var published = organisation.callAsAdmin(POST, "/api/v1/documents/" + id + "/versions", """
                {"change": "SUBSTANTIVE", "summary": "First"}""");
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        return json(published).get("document").asString();
    }

    /** Starts a document of the organisation's own with this text; its id. */
    public static String create(Organisation publisher, String audience, String title, String body) throws Exception {
        var created = publisher.callAsAdmin(POST, "/api/v1/documents", """
                {"kind": "POLICY", "audience": "%s", "title": "%s", "body": %s}"""
                .formatted(audience, title, tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    /** A check request's body for version 1 of the policy, its answer needed tomorrow. */
    public static String checkRequest(String policy, String path, String draft) {
        return """
                {"policy": "%s", "version": 1, "path": "%s", "draft": "%s", "platform": "Facebook",
                 "account": "Our Facebook page", "deadline": "%s"}""".formatted(policy, path, draft,
                java.time.LocalDate.now(org.sharewell.kernel.UkTime.ZONE).plusDays(1));
    }

    private static String read(String resource) {
        try (var in = PolicyFixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
