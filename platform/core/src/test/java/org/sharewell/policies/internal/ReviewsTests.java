package org.sharewell.policies.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.kernel.UkTime;
import org.sharewell.publishing.DocumentId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * A substantive version sets the next review a period later, a minor one does not; "reviewed, no
 * change" is recorded with who, when and a note and restarts the clock; admins are told 30 and 7
 * days ahead; an overdue policy is listed.
 */
@IntegrationTest
class ReviewsTests {

    @Autowired
    Organisations organisations;
    @Autowired
    ReviewNoticeJob notices;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void theReviewClockRunsFromTheLastSubstantiveVersionOrReviewAndAdminsAreToldAhead() throws Exception {
        var group = organisations.signUp("review-group");
        group.callAsAdmin(PUT, "/api/v1/placeholder-answers", """
                {"review_months": "6"}""");
        String policy = create(group);
        publish(group, policy, "We post with care.", "SUBSTANTIVE");
        LocalDate today = UkTime.today(clock);
        var review = json(group.callAsAdmin(GET, "/api/v1/policies/" + policy + "/review", null));
        assertThat(review.get("periodMonths").asInt()).as("from the {{review_months}} answer").isEqualTo(6);
        assertThat(review.get("dueOn").asString()).isEqualTo(today.plusMonths(6).toString());

        publish(group, policy, "We post with great care.", "MINOR");
        assertThat(json(group.callAsAdmin(GET, "/api/v1/policies/" + policy + "/review", null)).get("dueOn").asString())
                .as("a minor version does not restart the clock").isEqualTo(today.plusMonths(6).toString());

        var tooShort = group.callAsAdmin(POST, "/api/v1/policies/" + policy + "/review", """
                {"note": "ok"}""");
        assertThat(tooShort.getStatus()).isEqualTo(400);
        organisations.inTransaction(group.id(), sql -> sql.update("UPDATE policies.review SET due_on = current_date - 3"));
        var overdue = json(group.callAsAdmin(GET, "/api/v1/policies/overdue", null));
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();

        var reviewed = group.callAsAdmin(POST, "/api/v1/policies/" + policy + "/review", """
                {"note": "Read through with the trustees"}""");
        assertThat(reviewed.getStatus()).as(reviewed.getContentAsString()).isEqualTo(200);
        assertThat(json(reviewed).get("dueOn").asString()).isEqualTo(today.plusMonths(6).toString());
        assertThat(json(reviewed).get("lastReviewedBy").asString()).isEqualTo("Ada Admin");
        assertThat(json(reviewed).get("lastNote").asString()).isEqualTo("Read through with the trustees");
        assertThat(json(group.callAsAdmin(GET, "/api/v1/policies/overdue", null))).isEmpty();
        assertThat(group.callAsAdmin(GET, "/api/v1/audit", null).getContentAsString()).contains("Reviewed, no change");

        int before = group.emailsTo(group.adminEmail()).size();
        notice(group, new DocumentId(UUID.fromString(policy)), today.plusMonths(6).minusDays(30));
        var emails = group.emailsTo(group.adminEmail());
        assertThat(emails).hasSize(before + 1);
        assertThat(emails.getFirst().email().subject()).isEqualTo("Due for review in 30 days: Our policy");
        notice(group, new DocumentId(UUID.fromString(policy)), today.plusMonths(6).minusDays(60));
        assertThat(group.emailsTo(group.adminEmail())).as("not yet within 30 days").hasSize(before + 1);
    }

    private void notice(Organisation organisation, DocumentId policy, LocalDate today) {
        TenantScope.runAs(organisation.id(), () -> AutomaticWork.run(() -> transaction.executeWithoutResult(status ->
                notices.run(policy, today))));
    }

    private static String create(Organisation organisation) throws Exception {
        var created = organisation.callAsAdmin(POST, "/api/v1/documents", """
                {"audience": "OWN_ORGANISATION", "title": "Our policy", "body": "# Our policy"}""");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private static void publish(Organisation organisation, String policy, String text, String change) throws Exception {
        organisation.callAsAdmin(PUT, "/api/v1/documents/" + policy + "/draft", """
                {"title": "Our policy", "body": "# Our policy\\n\\n%s"}""".formatted(text));
        var published = organisation.callAsAdmin(POST, "/api/v1/documents/" + policy + "/versions", """
                {"change": "%s", "summary": "A version"}""".formatted(change));
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
    }
}
