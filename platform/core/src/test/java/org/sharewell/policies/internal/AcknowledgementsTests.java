package org.sharewell.policies.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Publishing a substantive version asks everyone it applies to to read it, each by a link of their
 * own; people say they have read it by that link or signed in; a minor version keeps what they said;
 * links are single-use and expire, and a forged one changes nothing; reminders go out until they read it.
 */
@IntegrationTest
class AcknowledgementsTests {

    @Autowired
    Organisations organisations;
    @Autowired
    AcknowledgementReminderJob reminders;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void threeOfFourReadVersionOneOneByTheEmailedLinkAndVersionTwoAsksAgainWithOneReminderEach() throws Exception {
        var cvs = organisations.umbrella("ack-cvs");
        var ben = cvs.join("Ben Baker", org.sharewell.people.KeyRole.CHAMPION);
        var cat = cvs.join("Cat Clark");
        var added = cvs.callAsAdmin(POST, "/api/v1/people", """
                {"fullName": "Dee Dunn", "email": "dee@%s.example", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(cvs.slug()));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        String policy = publishedPolicy(cvs);

        var status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("asked").asInt()).as("Ada, Ben, Cat and Dee").isEqualTo(4);
        assertThat(status.get("acknowledged").asInt()).isZero();
        String deesLink = organisations.tokenInLatestEmailTo(cvs.id(), "dee@" + cvs.slug() + ".example", "/acknowledge/");

        var shown = cvs.api().call(GET, "/api/v1/public/acknowledgements/" + deesLink, null, null);
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(json(shown).get("personName").asString()).isEqualTo("Dee Dunn");
        assertThat(json(shown).get("html").asString()).contains("We post with care.");
        assertThat(cvs.api().call(POST, "/api/v1/public/acknowledgements/" + deesLink, null, null).getStatus()).isEqualTo(204);
        assertThat(cvs.api().call(POST, "/api/v1/public/acknowledgements/" + deesLink, null, null).getStatus())
                .as("a link works once").isEqualTo(404);

        assertThat(json(cvs.api().call(GET, "/api/v1/me/to-read", ben.token(), null))).hasSize(1);
        assertThat(cvs.api().call(POST, "/api/v1/me/to-read/" + policy + "/1", ben.token(), null).getStatus()).isEqualTo(204);
        assertThat(cvs.callAsAdmin(POST, "/api/v1/me/to-read/" + policy + "/1", null).getStatus()).isEqualTo(204);
        assertThat(json(cvs.api().call(GET, "/api/v1/me/to-read", ben.token(), null))).isEmpty();
        status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("acknowledged").asInt()).isEqualTo(3);
        assertThat(status.get("percentage").asInt()).isEqualTo(75);
        var csv = cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements.csv", null).getContentAsString();
        assertThat(csv).contains("Name,Kind,Email,Asked,Due,Read,Reminders", "Cat Clark", "Dee Dunn");

        publish(cvs, policy, "We post with care, and kindly.", "MINOR");
        assertThat(json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null)).get("acknowledged")
                .asInt()).as("a minor version keeps what people said").isEqualTo(3);

        publish(cvs, policy, "We post with care, kindly, and never in anger.", "SUBSTANTIVE");
        status = json(cvs.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null));
        assertThat(status.get("version").asInt()).isEqualTo(3);
        assertThat(status.get("acknowledged").asInt()).as("version 3 asks everyone again").isZero();
        String deesNewLink = organisations.tokenInLatestEmailTo(cvs.id(), "dee@" + cvs.slug() + ".example", "/acknowledge/");
        assertThat(json(cvs.api().call(GET, "/api/v1/public/acknowledgements/" + deesNewLink, null, null)).get("changes")
                .toString()).as("what changed since the version she read").contains("never in anger");
        assertThat(json(cvs.api().call(GET, "/api/v1/me/to-read", cat.token(), null)).get(0).get("version").asInt())
                .as("Cat never read version 1: only version 3 is to read").isEqualTo(3);

        assertThat(cvs.api().call(POST, "/api/v1/public/acknowledgements/" + deesNewLink, null, null).getStatus()).isEqualTo(204);
        var outstanding = organisations.inTransaction(cvs.id(), sql -> sql.queryForList(
                "SELECT id FROM policies.acknowledgement WHERE version = 3 AND acknowledged_at IS NULL", UUID.class));
        assertThat(outstanding).hasSize(3);
        int before = organisations.emailsTo(cvs.id(), "cat.clark@" + cvs.slug() + ".example").size();
        remind(cvs, outstanding);
        remind(cvs, organisations.inTransaction(cvs.id(), sql -> sql.queryForList(
                "SELECT id FROM policies.acknowledgement WHERE version = 3 AND acknowledged_at IS NOT NULL", UUID.class)));
        assertThat(organisations.emailsTo(cvs.id(), "cat.clark@" + cvs.slug() + ".example")).hasSize(before + 1);
        assertThat(organisations.emailsTo(cvs.id(), "dee@" + cvs.slug() + ".example").getFirst().email().subject())
                .as("Dee read it: no reminder").startsWith("Please read");
        String catsReminder = organisations.tokenInLatestEmailTo(cvs.id(), "cat.clark@" + cvs.slug() + ".example", "/acknowledge/");
        assertThat(cvs.api().call(GET, "/api/v1/public/acknowledgements/" + catsReminder, null, null).getStatus()).isEqualTo(200);
    }

    @Test
    void forgedExpiredAndReplacedLinksAreRefusedAndChangeNothing() throws Exception {
        var group = organisations.signUp("ack-links");
        String policy = publishedPolicy(group);
        String link = organisations.tokenInLatestEmailTo(group.id(), group.adminEmail(), "/acknowledge/");

        for (String forged : List.of("no-such-link", link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A"))) {
            assertThat(group.api().call(GET, "/api/v1/public/acknowledgements/" + forged, null, null).getStatus()).isEqualTo(404);
            assertThat(group.api().call(POST, "/api/v1/public/acknowledgements/" + forged, null, null).getStatus()).isEqualTo(404);
        }
        var elsewhere = organisations.signUp("ack-elsewhere");
        assertThat(elsewhere.api().call(POST, "/api/v1/public/acknowledgements/" + link, null, null).getStatus())
                .as("at another organisation's address").isEqualTo(404);

        organisations.inTransaction(group.id(), sql -> sql.update(
                "UPDATE policies.acknowledgement SET link_expires_at = now() - interval '1 minute'"));
        var expired = group.api().call(POST, "/api/v1/public/acknowledgements/" + link, null, null);
        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(expired.getContentAsString()).contains("This link no longer works");
        assertThat(json(group.callAsAdmin(GET, "/api/v1/policies/" + policy + "/acknowledgements", null)).get("acknowledged")
                .asInt()).as("nothing changed").isZero();
    }

    private void remind(Organisation organisation, List<UUID> acknowledgements) {
        TenantScope.runAs(organisation.id(), () -> AutomaticWork.run(() -> transaction.executeWithoutResult(status ->
                acknowledgements.forEach(reminders::run))));
    }

    private static String publishedPolicy(Organisation organisation) throws Exception {
        var created = organisation.callAsAdmin(POST, "/api/v1/documents", """
                {"audience": "OWN_ORGANISATION", "title": "Our policy", "body": "# Our policy\\n\\nWe post with care."}""");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String id = json(created).get("id").asString();
        var published = organisation.callAsAdmin(POST, "/api/v1/documents/" + id + "/versions", """
                {"change": "SUBSTANTIVE", "summary": "First"}""");
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        return id;
    }

    private static void publish(Organisation organisation, String policy, String text, String change) throws Exception {
        organisation.callAsAdmin(PUT, "/api/v1/documents/" + policy + "/draft", """
                {"title": "Our policy", "body": "# Our policy\\n\\n%s"}""".formatted(text));
        var published = organisation.callAsAdmin(POST, "/api/v1/documents/" + policy + "/versions", """
                {"change": "%s", "summary": "Changed"}""".formatted(change));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
    }
}
