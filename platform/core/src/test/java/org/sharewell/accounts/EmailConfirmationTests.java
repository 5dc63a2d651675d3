package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.sharewell.timetable.TimedJob;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * An email address typed at sign-up is proof of nothing until its owner follows the link emailed to
 * it: the link is at the organisation's own address, works once, for a week, and only there.
 */
@IntegrationTest
class EmailConfirmationTests {

    @Autowired
    Organisations organisations;
    @Autowired
    List<TimedJob> jobs;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSignUpEmailsTheFounderALinkAtTheOrganisationsOwnAddressThatConfirmsOnce() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("confirm", TenantKind.LOCAL_GROUP);
        var email = organisations.emailsTo(organisation.id(), organisation.adminEmail()).getFirst().email();
        assertThat(email.subject()).isEqualTo("Confirm your email address for Sharewell");
        assertThat(email.text()).contains("http://" + organisation.slug() + ".localhost:8080/confirm-email/");
        assertThat(confirmed(organisation)).isFalse();

        String token = tokenOf(organisation);
        assertThat(confirm(organisation, token).getStatus()).isEqualTo(204);
        assertThat(confirmed(organisation)).isTrue();

        assertLinkNoLongerWorks(confirm(organisation, token));
    }

    @Test
    void aLinkOfOneOrganisationConfirmsNothingAtAnothersAddress() throws Exception {
        var mine = organisations.signUpWithoutConfirming("confirm-mine", TenantKind.LOCAL_GROUP);
        var other = organisations.signUpWithoutConfirming("confirm-other", TenantKind.LOCAL_GROUP);

        assertLinkNoLongerWorks(confirm(other, tokenOf(mine)));
        assertThat(confirmed(mine)).isFalse();
        assertThat(confirmed(other)).isFalse();
    }

    @Test
    void aNewLinkReplacesTheOldAndIsRefusedOnceConfirmed() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("confirm-again", TenantKind.LOCAL_GROUP);
        String first = tokenOf(organisation);

        assertThat(organisation.callAsAdmin(POST, "/api/v1/me/email-confirmation", null).getStatus()).isEqualTo(202);
        String second = tokenOf(organisation);
        assertThat(second).isNotEqualTo(first);
        assertLinkNoLongerWorks(confirm(organisation, first));
        assertThat(confirm(organisation, second).getStatus()).isEqualTo(204);

        var again = organisation.callAsAdmin(POST, "/api/v1/me/email-confirmation", null);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(json(again).get("errors").get(0).get("message").asString())
                .isEqualTo("Your email address is confirmed already.");
    }

    @Test
    void aLinkPastItsWeekConfirmsNothing() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("confirm-late", TenantKind.LOCAL_GROUP);
        organisation.inTransaction(sql -> sql.update(
                "UPDATE accounts.emailed_link SET expires_at = now() - interval '1 minute'"));

        assertLinkNoLongerWorks(confirm(organisation, tokenOf(organisation)));
        assertThat(confirmed(organisation)).isFalse();
    }

    @Test
    void anUnconfirmedAddressIsRemindedOnceWithANewLinkAfterThreeDays() throws Exception {
        var organisation = organisations.signUpWithoutConfirming("confirm-remind", TenantKind.LOCAL_GROUP);
        String first = tokenOf(organisation);
        var due = organisation.inTransaction(sql -> sql.queryForMap(
                "SELECT subject, due_at - now() > interval '71 hours' AS later FROM timetable.entry WHERE job = ?",
                "accounts.confirmation-reminder"));
        assertThat(due.get("later")).isEqualTo(true);

        remind(organisation, (UUID) due.get("subject"));

        var reminder = organisations.emailsTo(organisation.id(), organisation.adminEmail()).getFirst().email();
        assertThat(reminder.subject()).isEqualTo("Reminder: confirm your email address for Sharewell");
        assertLinkNoLongerWorks(confirm(organisation, first));
        assertThat(confirm(organisation, tokenOf(organisation)).getStatus()).isEqualTo(204);

        remind(organisation, (UUID) due.get("subject"));
        assertThat(organisations.emailsTo(organisation.id(), organisation.adminEmail()).getFirst().email().subject())
                .as("no reminder once confirmed").isEqualTo(reminder.subject());
        assertThat(organisations.emailsTo(organisation.id(), organisation.adminEmail())).hasSize(2);
    }

    @Test
    void aLoginMadeFromAPersonsEmailedInvitationIsConfirmedAtOnce() throws Exception {
        var organisation = organisations.signUp("confirm-invited");
        var volunteer = organisation.join("Val Volunteer");

        Boolean confirmed = organisation.inTransaction(sql -> sql.queryForObject(
                "SELECT email_confirmed_at IS NOT NULL FROM accounts.account WHERE email = ?", Boolean.class,
                volunteer.email()));
        assertThat(confirmed).isTrue();
        assertThat(organisations.emailsTo(organisation.id(), volunteer.email()))
                .noneMatch(queued -> queued.email().subject().startsWith("Confirm"));
    }

    /** Runs the reminder as the timetable would: as Sharewell, in a transaction bound to the organisation. */
    private void remind(Organisation organisation, UUID login) {
        var job = jobs.stream().filter(candidate -> candidate.name().toString().equals("accounts.confirmation-reminder"))
                .findFirst().orElseThrow();
        Organisations.asSharewell(organisation.id(), () -> transaction.execute(status -> {
            job.run(login);
            return null;
        }));
    }

    private String tokenOf(Organisation organisation) {
        return organisations.tokenInLatestEmailTo(organisation.id(), organisation.adminEmail(), "/confirm-email/");
    }

    private static MockHttpServletResponse confirm(Organisation at, String token) throws Exception {
        return at.api().call(POST, "/api/v1/public/email-confirmations/" + token, null, null);
    }

    private static boolean confirmed(Organisation organisation) {
        return organisation.inTransaction(sql -> sql.queryForObject(
                "SELECT email_confirmed_at IS NOT NULL FROM accounts.account WHERE email = ?", Boolean.class,
                organisation.adminEmail()));
    }

    private static void assertLinkNoLongerWorks(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(json(answer).get("errors").get(0).get("field").asString()).isEqualTo("token");
    }
}
