package org.sharewell.policies;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * A published policy is public at its organisation's address, as a page's HTML and as an accessible
 * PDF; a draft, a template and another organisation's policy are not; publishing its first policy ticks
 * a member group's onboarding step for its umbrella body.
 */
@IntegrationTest
class PublishedPoliciesTests {

    @Autowired
    Organisations organisations;

    @Test
    void aPublishedPolicyIsReadByAnyoneAsHtmlAndAsATaggedPdfWithRealText() throws Exception {
        var linked = organisations.link(organisations.umbrella("public-cvs"), organisations.signUp("public-group"));
        var group = linked.group();
        String policy = create(group, "OWN_ORGANISATION", "Our social media policy",
                "# Our social media policy\\n\\n## Who may post\\n\\nOnly people with a licence to post.");
        assertThat(group.api().call(GET, "/api/v1/public/policies/" + policy, null, null).getStatus())
                .as("a draft is not public").isEqualTo(404);
        var before = json(linked.umbrella().callAsAdmin(GET, "/api/v1/member-groups", null));
        assertThat(before.get(0).get("onboarding").get(1).get("done").asBoolean()).isFalse();

        publish(group, policy);

        var page = group.api().call(GET, "/api/v1/public/policies/" + policy, null, null);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(json(page).get("organisationName").asString()).isEqualTo("public-group group");
        assertThat(json(page).get("html").asString()).contains("<h2>Who may post</h2>");
        assertThat(linked.umbrella().api().call(GET, "/api/v1/public/policies/" + policy, null, null).getStatus())
                .as("at another organisation's address").isEqualTo(404);

        var pdf = group.api().call(GET, "/api/v1/public/policies/" + policy + "/pdf", null, null);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Our social media policy");
            assertThat(new PDFTextStripper().getText(document)).contains("public-group group", "Who may post",
                    "Only people with a licence to post.", "Version 1, published on");
        }

        var after = json(linked.umbrella().callAsAdmin(GET, "/api/v1/member-groups", null));
        assertThat(after.get(0).get("onboarding").get(1).get("step").asString()).isEqualTo("POLICY_ADOPTED");
        assertThat(after.get(0).get("onboarding").get(1).get("done").asBoolean()).as("ticked by the first policy").isTrue();
    }

    @Test
    void aTemplateIsNotAPublicPolicy() throws Exception {
        var cvs = organisations.umbrella("public-template");
        String template = create(cvs, "MEMBER_GROUPS", "Template for members", "# Template\\n\\nAsk {{communications_contact}}.");
        publish(cvs, template);
        assertThat(cvs.api().call(GET, "/api/v1/public/policies/" + template, null, null).getStatus()).isEqualTo(404);
        assertThat(cvs.api().call(GET, "/api/v1/public/policies/" + template + "/pdf", null, null).getStatus()).isEqualTo(404);
    }

    @Test
    void anUmbrellaSeesWhichVersionOfItsTemplateEachMemberGroupIsOnAndWhatItDeclined() throws Exception {
        var linked = organisations.link(organisations.umbrella("status-cvs"), organisations.signUp("status-group"));
        var cvs = linked.umbrella();
        var group = linked.group();
        String template = create(cvs, "MEMBER_GROUPS", "Status template", "One.\\n\\nTwo.");
        publish(cvs, template);
        String adopted = json(group.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "OWN_ORGANISATION"}""".formatted(cvs.id(), template)))
                .get("id").asString();
        publish(group, adopted);
        cvs.callAsAdmin(PUT, "/api/v1/documents/" + template + "/draft", """
                {"title": "Status template", "body": "One, changed.\\n\\nTwo."}""");
        publish(cvs, template);
        assertThat(json(cvs.callAsAdmin(GET, "/api/v1/documents/" + template + "/adoptions", null)))
                .as("until the group shares its policy status").isEmpty();

        group.callAsAdmin(PUT, "/api/v1/umbrellas/" + linked.link() + "/sharing/POLICY", null);
        var adoptions = json(cvs.callAsAdmin(GET, "/api/v1/documents/" + template + "/adoptions", null));
        assertThat(adoptions).hasSize(1);
        assertThat(adoptions.get(0).get("organisationName").asString()).isEqualTo("status-group group");
        assertThat(adoptions.get(0).get("versionsBehind").asInt()).isEqualTo(1);

        var declined = group.callAsAdmin(POST, "/api/v1/documents/" + adopted + "/upstream", """
                {"newest": 2, "choices": [{"amendment": 1, "decision": "DECLINED", "reason": "Our members know it as it was"}]}""");
        assertThat(declined.getStatus()).as(declined.getContentAsString()).isEqualTo(200);
        var after = json(cvs.callAsAdmin(GET, "/api/v1/documents/" + template + "/adoptions", null)).get(0);
        assertThat(after.get("versionsBehind").asInt()).isZero();
        assertThat(after.get("declined").get(0).get("reason").asString()).isEqualTo("Our members know it as it was");
    }

    @Test
    void anUmbrellaSeesEachMemberGroupsReviewDateAndHowManyHaveReadItOnlyWhileTheGroupSharesIt() throws Exception {
        var linked = organisations.link(organisations.umbrella("standing-cvs"), organisations.signUp("standing-group"));
        var cvs = linked.umbrella();
        var group = linked.group();
        String template = create(cvs, "MEMBER_GROUPS", "Standing template", "We post with care.");
        publish(cvs, template);
        String adopted = json(group.callAsAdmin(POST, "/api/v1/adoptions", """
                {"publisher": "%s", "document": "%s", "audience": "OWN_ORGANISATION"}""".formatted(cvs.id(), template)))
                .get("id").asString();
        publish(group, adopted);
        assertThat(json(cvs.callAsAdmin(GET, "/api/v1/policies/" + template + "/member-groups", null))).isEmpty();
        assertThat(seen(cvs, group, "policies.acknowledgement")).as("not shared: not even in SQL").isZero();

        group.callAsAdmin(PUT, "/api/v1/umbrellas/" + linked.link() + "/sharing/POLICY", null);
        var standing = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + template + "/member-groups", null)).get(0);
        assertThat(standing.get("organisationName").asString()).isEqualTo("standing-group group");
        assertThat(standing.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(standing.get("reviewDue").asString()).as("twelve months on")
                .isEqualTo(java.time.LocalDate.now(org.sharewell.kernel.UkTime.ZONE).plusMonths(12).toString());
        assertThat(standing.get("readers").asInt()).isEqualTo(1);
        assertThat(standing.get("acknowledged").asInt()).isZero();
        assertThat(group.callAsAdmin(POST, "/api/v1/me/to-read/" + adopted + "/1", null).getStatus()).isEqualTo(204);
        standing = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + template + "/member-groups", null)).get(0);
        assertThat(standing.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(standing.get("percentage").asInt()).isEqualTo(100);
        assertThat(cvs.api().call(GET, "/api/v1/policies/" + adopted + "/member-groups", cvs.adminToken(), null).getStatus())
                .as("not the umbrella's template").isEqualTo(404);

        assertThat(group.callAsAdmin(POST, "/api/v1/umbrellas/" + linked.link() + "/ending", null).getStatus()).isLessThan(300);
        assertThat(json(cvs.callAsAdmin(GET, "/api/v1/policies/" + template + "/member-groups", null)))
                .as("an ended link hides it at once").isEmpty();
        assertThat(seen(cvs, group, "policies.acknowledgement")).isZero();
        assertThat(seen(cvs, group, "policies.review")).isZero();
    }

    private int seen(org.sharewell.Organisation reader, org.sharewell.Organisation owner, String table) {
        return organisations.inTransaction(reader.id(), sql -> sql.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", Integer.class, owner.id().value()));
    }

    private static String create(org.sharewell.Organisation publisher, String audience, String title, String body) throws Exception {
        var created = publisher.callAsAdmin(POST, "/api/v1/documents", """
                {"kind": "POLICY", "audience": "%s", "title": "%s", "body": "%s"}""".formatted(audience, title, body));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private static void publish(org.sharewell.Organisation publisher, String document) throws Exception {
        var published = publisher.callAsAdmin(POST, "/api/v1/documents/" + document + "/versions", """
                {"change": "SUBSTANTIVE", "summary": "A version"}""");
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
    }
}
