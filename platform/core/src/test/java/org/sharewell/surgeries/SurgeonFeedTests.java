package org.sharewell.surgeries;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A surgeon's calendar feed: their sessions at 10:00 UK time on both sides of the change of the clocks,
 * a cancelled one kept as STATUS:CANCELLED, parsed by a standard iCalendar parser; behind a token the
 * surgeon renews (the old address stops at once) or stops from their own emailed link, with no account.
 */
@IntegrationTest
class SurgeonFeedTests {

    @Autowired
    Organisations organisations;

    @Test
    void aSurgeonsFeedKeepsLocalTimesAcrossTheClockChangeAndTheyRenewOrStopIt() throws Exception {
        var host = organisations.umbrella("surgeon-host");
        var created = host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Spring evenings", "venue": "Brookfield Library", "postcode": "DY1 1HP", "firstDay": "2027-03-17",
                 "starts": "10:00", "ends": "12:00", "repeats": "FREQ=WEEKLY;COUNT=3", "places": 6, "clashesSeen": true}""");
        String surgery = json(created).get("id").asString();
        var added = host.callAsAdmin(POST, "/api/v1/surgeries/" + surgery + "/surgeons",
                "{\"name\": \"Sol Surgeon\", \"email\": \"sol@helpers.example\"}");
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        assertThat(json(added).get("dates")).hasSize(3);
        var email = host.emailsTo("sol@helpers.example").getFirst().email();
        assertThat(email.text()).contains("17 March 2027, 10:00", "24 March 2027, 10:00", "31 March 2027, 10:00");
        String feed = host.tokenInLatestEmailTo("sol@helpers.example", "/api/v1/public/surgeon-calendars/");
        String link = host.tokenInLatestEmailTo("sol@helpers.example", "/surgeon/");
        String second = json(added).get("dates").get(1).get("id").asString();
        host.callAsAdmin(POST, "/api/v1/surgery-dates/" + second + "/cancellation", "{\"reason\": \"The hall is booked.\"}");

        var answer = host.api().call(GET, "/api/v1/public/surgeon-calendars/" + feed, null, null);
        assertThat(answer.getContentType()).startsWith("text/calendar");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(answer.getContentAsString())).getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(event -> assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate())
                .withZoneSameInstant(org.sharewell.kernel.UkTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
        assertThat(ZonedDateTime.from(events.get(0).getDateTimeStart().getDate()).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .getHour()).as("17 March is GMT").isEqualTo(10);
        assertThat(ZonedDateTime.from(events.get(2).getDateTimeStart().getDate()).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .getHour()).as("31 March is British Summer Time").isEqualTo(9);
        assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");

        assertThat(host.api().call(GET, "/api/v1/public/surgeon-calendars/" + feed, null, null).getStatus()).isEqualTo(200);
        var renewed = json(host.api().call(POST, "/api/v1/public/surgeons/" + link + "/feed-renewal", null, null));
        assertThat(host.api().call(GET, "/api/v1/public/surgeon-calendars/" + feed, null, null).getStatus())
                .as("the old address stops at once").isEqualTo(404);
        String fresh = renewed.get("feed").asString().substring(renewed.get("feed").asString().lastIndexOf('/') + 1);
        assertThat(host.api().call(GET, "/api/v1/public/surgeon-calendars/" + fresh, null, null).getStatus()).isEqualTo(200);
        assertThat(host.emailsTo("sol@helpers.example").getFirst().email().subject()).isEqualTo("Your new calendar address");

        var stopped = host.api().call(POST, "/api/v1/public/surgeons/" + link + "/feed-stop", null, null);
        assertThat(json(stopped).get("feedOn").asBoolean()).isFalse();
        assertThat(host.api().call(GET, "/api/v1/public/surgeon-calendars/" + fresh, null, null).getStatus()).isEqualTo(404);
        assertThat(host.api().call(GET, "/api/v1/public/surgeons/forged-link", null, null).getStatus()).isEqualTo(404);
        assertThat(organisations.umbrella("surgeon-other").api().call(GET, "/api/v1/public/surgeons/" + link, null, null)
                .getStatus()).as("only at the host's address").isEqualTo(404);

        var bad = host.callAsAdmin(POST, "/api/v1/surgeries/" + surgery + "/surgeons", "{\"name\": \"S\", \"email\": \"nope\"}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("errors").toString()).contains("name", "email");
        var volunteer = host.join("Val Volunteer");
        assertThat(host.api().call(GET, "/api/v1/surgeons", volunteer.token(), null).getStatus()).isEqualTo(403);
    }
}
