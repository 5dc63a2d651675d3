package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.licensing.LicensingEvent.LicenceExpired;
import org.sharewell.licensing.Team;
import org.sharewell.mail.Outbox;
import org.sharewell.people.KeyRole;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * The expiry check, run directly with the day moved on: notices go once each at 30 and 7 days, and
 * after its last valid day a licence no longer counts, its expiry is announced once, and the
 * coordinators hear that an account manager is left without a licence.
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
    ExpiryCheck check;
    @Autowired
    LicenceValidity validity;
    @Autowired
    ApplicationEvents events;

    @Test
    void noticesGoOnceAheadOfExpiryAndAnExpiredLicenceStopsCounting() throws Exception {
        var team = Team.signUp(mvc, tenants, outbox, "expiry");
        var coordinator = team.admin(KeyRole.CHAMPION, KeyRole.ACCOUNT_COORDINATOR);
        var holder = team.join("Hal Holder");
        // Far enough ahead that a round of the real schedule, on today's date, leaves it alone.
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1500);
        licence(team, holder, coordinator, lastDay);
        team.changeLevel(holder, "ACCOUNT_MANAGER");
        String date = UkTime.date(lastDay);

        check.check(lastDay.minusDays(31));
        assertThat(subjects(team, holder)).noneMatch(subject -> subject.contains("expires"));

        check.check(lastDay.minusDays(30));
        check.check(lastDay.minusDays(29));
        assertThat(subjects(team, holder)).containsOnlyOnce("Your licence to post expires on " + date);
        assertThat(subjects(team, coordinator)).containsOnlyOnce("Hal Holder's licence to post expires on " + date);

        check.check(lastDay.minusDays(7));
        check.check(lastDay);
        assertThat(subjects(team, holder)).filteredOn(subject -> subject.contains("expires")).hasSize(2);
        assertThat(subjects(team, coordinator)).filteredOn(subject -> subject.contains("expires")).hasSize(2);
        assertThat(team.emailsTo(holder.email()).getFirst().email().text()).contains("valid until " + date + " (7 days left)");

        var person = new PersonId(UUID.fromString(holder.id()));
        assertThat(TenantScope.callAs(team.tenant(), () -> validity.holdsValidLicence(person, lastDay))).isTrue();
        assertThat(TenantScope.callAs(team.tenant(), () -> validity.holdsValidLicence(person, lastDay.plusDays(1)))).isFalse();

        check.check(lastDay.plusDays(1));
        check.check(lastDay.plusDays(2));
        assertThat(events.stream(LicenceExpired.class).filter(expired -> expired.tenantId().equals(team.tenant())))
                .singleElement().satisfies(expired -> {
                    assertThat(expired.audit().actor().name()).isEqualTo("Sharewell (automatic)");
                    assertThat(expired.audit().before()).isEqualTo("Licence valid until " + date);
                });
        assertThat(subjects(team, holder)).containsOnlyOnce("Your licence to post has expired");
        assertThat(subjects(team, coordinator)).containsOnlyOnce("Account manager without a licence: Hal Holder");
    }

    private static void licence(Team team, Team.Member holder, Team.Member coordinator, LocalDate lastDay) throws Exception {
        var applied = json(team.api().call(POST, "/api/v1/licence-applications", holder.token(), null));
        String application = "/api/v1/licence-applications/" + applied.get("id").asString();
        for (JsonNode item : applied.get("training")) {
            team.api().call(POST, application + "/training/" + item.get("itemId").asString(), coordinator.token(), null);
        }
        var granted = team.api().call(POST, application + "/grant", coordinator.token(), "{\"expiresOn\": \"" + lastDay + "\"}");
        assertThat(granted.getStatus()).as(granted.getContentAsString()).isEqualTo(201);
    }

    private static List<String> subjects(Team team, Team.Member member) {
        return team.emailsTo(member.email()).stream().map(queued -> queued.email().subject()).toList();
    }
}
