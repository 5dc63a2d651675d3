package org.sharewell.licensing.internal;

import org.sharewell.kernel.AutomaticWork;
import org.sharewell.kernel.UkTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicensingEvent.LicenceExpired;
import org.sharewell.licensing.Team;
import org.sharewell.mail.Outbox;
import org.sharewell.people.KeyRole;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * A licence's expiry job, run directly with the day moved on: notices go once each at 30 and 7 days,
 * and after its last valid day a licence no longer counts, its expiry is announced once, and the
 * coordinators hear that an account manager is left without a licence. Between runs the job puts
 * itself on the timetable for the next day something is owed.
 */
@IntegrationTest
@RecordApplicationEvents
class LicenceExpiryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    Outbox outbox;
    @Autowired
    LicenceExpiryJob job;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;
    @Autowired
    LicenceValidity validity;
    @Autowired
    ApplicationEvents events;

    @Test
    void noticesGoOnceAheadOfExpiryAndAnExpiredLicenceStopsCounting() throws Exception {
        var team = Team.signUp(mvc, tenants, outbox, "expiry");
        var coordinator = team.admin(KeyRole.CHAMPION, KeyRole.ACCOUNT_COORDINATOR);
        var holder = team.join("Hal Holder");
        // Far enough ahead that the timetable, on today's date, leaves it alone.
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1500);
        var licence = licence(team, holder, coordinator, lastDay);
        assertThat(dueAt(team, licence)).as("put on the timetable for its first notice")
                .isEqualTo(UkTime.startOf(lastDay.minusDays(30)));
        var check = new Days(team, licence);
        team.changeLevel(holder, "ACCOUNT_MANAGER");
        String date = UkTime.date(lastDay);

        assertThat(check.check(lastDay.minusDays(31))).contains(UkTime.startOf(lastDay.minusDays(30)));
        assertThat(subjects(team, holder)).noneMatch(subject -> subject.contains("expires"));

        assertThat(check.check(lastDay.minusDays(30))).contains(UkTime.startOf(lastDay.minusDays(7)));
        assertThat(check.check(lastDay.minusDays(29))).contains(UkTime.startOf(lastDay.minusDays(7)));
        assertThat(subjects(team, holder)).containsOnlyOnce("Your licence to post expires on " + date);
        assertThat(subjects(team, coordinator)).containsOnlyOnce("Hal Holder's licence to post expires on " + date);

        assertThat(check.check(lastDay.minusDays(7))).contains(UkTime.startOf(lastDay.plusDays(1)));
        assertThat(check.check(lastDay)).contains(UkTime.startOf(lastDay.plusDays(1)));
        assertThat(subjects(team, holder)).filteredOn(subject -> subject.contains("expires")).hasSize(2);
        assertThat(subjects(team, coordinator)).filteredOn(subject -> subject.contains("expires")).hasSize(2);
        assertThat(team.emailsTo(holder.email()).getFirst().email().text()).contains("valid until " + date + " (7 days left)");

        var person = new PersonId(UUID.fromString(holder.id()));
        assertThat(TenantScope.callAs(team.tenant(), () -> validity.holdsValidLicence(person, lastDay))).isTrue();
        assertThat(TenantScope.callAs(team.tenant(), () -> validity.holdsValidLicence(person, lastDay.plusDays(1)))).isFalse();

        assertThat(check.check(lastDay.plusDays(1))).as("nothing more owed").isEmpty();
        assertThat(check.check(lastDay.plusDays(2))).isEmpty();
        assertThat(events.stream(LicenceExpired.class).filter(expired -> expired.tenantId().equals(team.tenant())))
                .singleElement().satisfies(expired -> {
                    assertThat(expired.audit().actor().name()).isEqualTo("Sharewell (automatic)");
                    assertThat(expired.audit().before()).isEqualTo("Licence valid until " + date);
                });
        assertThat(subjects(team, holder)).containsOnlyOnce("Your licence to post has expired");
        assertThat(subjects(team, coordinator)).containsOnlyOnce("Account manager without a licence: Hal Holder");
    }

    /**
     * Runs the job for the licence as the timetable would, on a day of the test's choosing: the entry
     * taken off the timetable and the job run, in one transaction as Sharewell.
     */
    private final class Days {

        private final Team team;
        private final LicenceId licence;

        Days(Team team, LicenceId licence) {
            this.team = team;
            this.licence = licence;
        }

        /** When the job put the licence on the timetable next, if it did. */
        Optional<Instant> check(LocalDate today) {
            TenantScope.runAs(team.tenant(), () -> AutomaticWork.run(() -> transaction.executeWithoutResult(status -> {
                new JdbcTemplate(dataSource).update(
                        "DELETE FROM timetable.entry WHERE job = 'licensing.expiry' AND subject = ?", licence.value());
                job.run(licence, today);
            })));
            return Optional.ofNullable(dueAt(team, licence));
        }
    }

    private @Nullable Instant dueAt(Team team, LicenceId licence) {
        return TenantScope.callAs(team.tenant(), () -> transaction.execute(status -> new JdbcTemplate(dataSource)
                .queryForList("SELECT due_at FROM timetable.entry WHERE job = 'licensing.expiry' AND subject = ?",
                        Timestamp.class, licence.value()).stream().findFirst().map(Timestamp::toInstant).orElse(null)));
    }

    private static LicenceId licence(Team team, Team.Member holder, Team.Member coordinator, LocalDate lastDay) throws Exception {
        var applied = json(team.api().call(POST, "/api/v1/licence-applications", holder.token(), null));
        String application = "/api/v1/licence-applications/" + applied.get("id").asString();
        for (JsonNode item : applied.get("training")) {
            team.api().call(POST, application + "/training/" + item.get("itemId").asString(), coordinator.token(), null);
        }
        var granted = team.api().call(POST, application + "/grant", coordinator.token(), "{\"expiresOn\": \"" + lastDay + "\"}");
        assertThat(granted.getStatus()).as(granted.getContentAsString()).isEqualTo(201);
        return new LicenceId(UUID.fromString(json(granted).get("id").asString()));
    }

    private static List<String> subjects(Team team, Team.Member member) {
        return team.emailsTo(member.email()).stream().map(queued -> queued.email().subject()).toList();
    }
}
