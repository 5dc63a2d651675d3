package org.sharewell.surgeries;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;

import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The host's calendar feed parses with a standard iCalendar parser: 10:00 UK time on both sides of the
 * change of the clocks, a changed date with a higher SEQUENCE and its new time, a cancelled one still
 * there as STATUS:CANCELLED, and nothing the host did not make public. Booked people are told of the
 * change with the updated entry attached.
 */
@IntegrationTest
class SurgeryFeedTests {

    @Autowired
    Organisations organisations;

    @Test
    void theFeedKeepsLocalTimesAcrossTheClockChangeAndShowsChangedAndCancelledDates() throws Exception {
        var host = organisations.umbrella("feed-host");
        // Tuesdays 16, 23 and 30 March and 6 April 2027: the clocks go forward on Sunday 28 March.
        var created = host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Spring surgeries", "venue": "Brookfield Library", "postcode": "DY1 1HP", "firstDay": "2027-03-16",
                 "starts": "10:00", "ends": "12:00", "repeats": "FREQ=WEEKLY;COUNT=4", "places": 6, "clashesSeen": true}""");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Members only", "venue": "Brookfield CVS", "postcode": "DY1 2AB", "firstDay": "2027-03-17",
                 "starts": "10:00", "ends": "12:00", "places": 6, "open": false, "clashesSeen": true}""");
        var dates = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(dates).hasSize(4);
        String second = dates.get(1).get("id").asString();
        String fourth = dates.get(3).get("id").asString();
        host.api().call(POST, "/api/v1/public/surgery-dates/" + fourth + "/bookings", null,
                SurgeryFixtures.booking("rita@riverside.example", 1));

        var changed = host.callAsAdmin(PUT, "/api/v1/surgery-dates/" + fourth, """
                {"day": "2027-04-07", "starts": "13:00", "ends": "15:00", "places": 8, "message": "The library is closed on Tuesday."}""");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        var told = host.emailsTo("rita@riverside.example").getFirst().email();
        assertThat(told.subject()).startsWith("Changed: Spring surgeries, now 7 April 2027, 13:00");
        assertThat(told.text()).contains("The library is closed on Tuesday.", "6 April 2027, 10:00");
        assertThat(event(parse(told.attachment().content()), 0).getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-dates/" + second + "/cancellation",
                "{\"reason\": \"The room is flooded.\"}").getStatus()).isEqualTo(200);

        var answer = host.api().call(GET, "/api/v1/public/surgery-calendar", null, null);
        assertThat(answer.getContentType()).startsWith("text/calendar");
        var feed = parse(answer.getContentAsString());
        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).hasSize(4).extracting(event -> event.getSummary().getValue()).containsOnly("Spring surgeries");
        assertThat(events).allSatisfy(event ->
                assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London"));
        assertThat(local(events.get(0))).isEqualTo(LocalTime.of(10, 0));
        assertThat(local(events.get(2))).as("after the clocks go forward, still 10:00").isEqualTo(LocalTime.of(10, 0));
        assertThat(instant(events.get(0)).getHour()).isEqualTo(10);
        assertThat(instant(events.get(2)).getHour()).as("which is 09:00 in UTC").isEqualTo(9);
        assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(1).getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(events.get(3).getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(local(events.get(3))).isEqualTo(LocalTime.of(13, 0));
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(dates.get(0).get("id").asString() + "@sharewell");

        var bad = host.callAsAdmin(PUT, "/api/v1/surgery-dates/" + fourth, """
                {"day": "2027-04-07", "starts": "15:00", "ends": "13:00", "places": 0}""");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("errors").toString()).contains("ends", "places");
        assertThat(host.callAsAdmin(PUT, "/api/v1/surgery-dates/" + second, """
                {"day": "2027-03-23", "starts": "10:00", "ends": "12:00", "places": 6}""").getStatus())
                .as("a cancelled date stays cancelled").isEqualTo(409);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, int index) {
        return (VEvent) calendar.getComponents("VEVENT").get(index);
    }

    private static LocalTime local(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return ZonedDateTime.from(start).withZoneSameInstant(org.sharewell.kernel.UkTime.ZONE).toLocalTime();
    }

    private static java.time.ZonedDateTime instant(VEvent event) {
        return ZonedDateTime.from(event.getDateTimeStart().getDate()).withZoneSameInstant(java.time.ZoneOffset.UTC);
    }

}
