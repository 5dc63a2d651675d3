package org.sharewell.surgeries;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A host makes a surgery; a group books places from the public page without an account, is emailed its
 * own link and a calendar entry, and can cancel once; a full date, a form sent twice, a series with one
 * full date and bad input are each refused or made once, and change nothing else.
 */
@IntegrationTest
class SurgeryBookingApiTests {

    @Autowired
    Organisations organisations;

    @Test
    void aGroupBooksTwoPlacesWithoutAnAccountIsEmailedItsLinkAndCalendarAndCancelsOnce() throws Exception {
        var host = organisations.umbrella("surg-host");
        String surgery = SurgeryFixtures.surgery(host, "FREQ=MONTHLY;COUNT=3", 6);
        var upcoming = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(upcoming).hasSize(3);
        String first = upcoming.get(0).get("id").asString();
        assertThat(upcoming.get(0).get("placesLeft").asInt()).isEqualTo(6);

        String form = SurgeryFixtures.booking("rita@riverside.example", 2);
        var booked = host.api().call(POST, "/api/v1/public/surgery-dates/" + first + "/bookings", null, form);
        assertThat(booked.getStatus()).as(booked.getContentAsString()).isEqualTo(201);
        var again = host.api().call(POST, "/api/v1/public/surgery-dates/" + first + "/bookings", null, form);
        assertThat(json(again).get("id").asString()).as("the same form twice is one booking")
                .isEqualTo(json(booked).get("id").asString());
        assertThat(json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .isEqualTo(4);

        var email = host.emailsTo("rita@riverside.example").getFirst().email();
        assertThat(email.subject()).startsWith("Booked: Social Media Surgery at the library");
        String link = host.tokenInLatestEmailTo("rita@riverside.example", "/booking/");
        var calendar = host.api().call(GET, "/api/v1/public/bookings/" + link + "/calendar", null, null);
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        var parsed = new CalendarBuilder().build(new StringReader(calendar.getContentAsString()));
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Social Media Surgery at the library");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");

        assertThat(json(host.api().call(GET, "/api/v1/public/bookings/" + link, null, null)).get("places").asInt()).isEqualTo(2);
        var cancelled = host.api().call(POST, "/api/v1/public/bookings/" + link + "/cancellation", null, null);
        assertThat(cancelled.getStatus()).as(cancelled.getContentAsString()).isEqualTo(200);
        assertThat(host.api().call(POST, "/api/v1/public/bookings/" + link + "/cancellation", null, null).getStatus())
                .as("the link works once").isEqualTo(404);
        assertThat(json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .as("the places are free again").isEqualTo(6);
        var bookings = json(host.callAsAdmin(GET, "/api/v1/surgery-dates/" + first + "/bookings", null));
        assertThat(bookings).hasSize(1);
        assertThat(bookings.get(0).get("status").asString()).isEqualTo("CANCELLED");
        var volunteer = host.join("Val Volunteer");
        assertThat(host.api().call(GET, "/api/v1/surgery-dates/" + first + "/bookings", volunteer.token(), null)
                .getStatus()).as("only champions and admins see who booked").isEqualTo(403);
        assertThat(host.api().call(GET, "/api/v1/surgeries/" + surgery, volunteer.token(), null).getStatus()).isEqualTo(200);
    }

    @Test
    void aFullDateIsRefusedAndASeriesWithOneFullDateBooksNothing() throws Exception {
        var host = organisations.umbrella("surg-full");
        String surgery = SurgeryFixtures.surgery(host, "FREQ=WEEKLY;COUNT=4", 2);
        var dates = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        String second = dates.get(1).get("id").asString();
        assertThat(host.api().call(POST, "/api/v1/public/surgery-dates/" + second + "/bookings", null,
                SurgeryFixtures.booking("a@group.example", 2)).getStatus()).isEqualTo(201);
        var full = host.api().call(POST, "/api/v1/public/surgery-dates/" + second + "/bookings", null,
                SurgeryFixtures.booking("b@group.example", 1));
        assertThat(full.getStatus()).isEqualTo(409);
        assertThat(full.getContentAsString()).contains("is full");

        var series = host.api().call(POST, "/api/v1/public/surgeries/" + surgery + "/series-bookings", null,
                SurgeryFixtures.booking("c@group.example", 1));
        assertThat(series.getStatus()).as("one date is full: none is booked").isEqualTo(409);
        var after = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(after.get(0).get("placesLeft").asInt()).isEqualTo(2);
        assertThat(after.get(2).get("placesLeft").asInt()).isEqualTo(2);

        var other = organisations.umbrella("surg-series");
        String weekly = SurgeryFixtures.surgery(other, "FREQ=WEEKLY;COUNT=4", 3);
        var all = other.api().call(POST, "/api/v1/public/surgeries/" + weekly + "/series-bookings", null,
                SurgeryFixtures.booking("d@group.example", 1));
        assertThat(all.getStatus()).as(all.getContentAsString()).isEqualTo(201);
        assertThat(json(all)).hasSize(4);
        assertThat(json(other.api().call(GET, "/api/v1/public/surgery-dates", null, null)))
                .allSatisfy(date -> assertThat(date.get("placesLeft").asInt()).isEqualTo(2));
    }

    @Test
    void theHostCancelsOneDateEveryoneBookedIsToldAndItStaysInTheCalendarAsCancelled() throws Exception {
        var host = organisations.umbrella("surg-cancel");
        SurgeryFixtures.surgery(host, "FREQ=MONTHLY;COUNT=3", 6);
        var dates = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        String second = dates.get(1).get("id").asString();
        assertThat(host.api().call(POST, "/api/v1/public/surgery-dates/" + second + "/bookings", null,
                SurgeryFixtures.booking("rita@riverside.example", 1)).getStatus()).isEqualTo(201);

        var volunteer = host.join("Val Volunteer");
        assertThat(host.api().call(POST, "/api/v1/surgery-dates/" + second + "/cancellation", volunteer.token(), """
                {"reason": "The library is closed"}""").getStatus()).isEqualTo(403);
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-dates/" + second + "/cancellation", """
                {"reason": " "}""").getStatus()).isEqualTo(400);
        var cancelled = host.callAsAdmin(POST, "/api/v1/surgery-dates/" + second + "/cancellation", """
                {"reason": "The library is closed for repairs"}""");
        assertThat(cancelled.getStatus()).as(cancelled.getContentAsString()).isEqualTo(200);
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-dates/" + second + "/cancellation", """
                {"reason": "Again"}""").getStatus()).as("cancelled already").isEqualTo(409);

        var after = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(after).hasSize(3);
        assertThat(after.get(1).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get(0).get("status").asString()).as("the other dates stay").isEqualTo("SCHEDULED");
        var told = host.emailsTo("rita@riverside.example").getFirst().email();
        assertThat(told.subject()).startsWith("Cancelled by the host");
        assertThat(told.text()).contains("The library is closed for repairs", "/api/v1/public/surgery-dates/" + second + "/calendar");
        var entry = new CalendarBuilder().build(new StringReader(host.api()
                .call(GET, "/api/v1/public/surgery-dates/" + second + "/calendar", null, null).getContentAsString()));
        VEvent event = (VEvent) entry.getComponent("VEVENT").orElseThrow();
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        var refused = host.api().call(POST, "/api/v1/public/surgery-dates/" + second + "/bookings", null,
                SurgeryFixtures.booking("late@group.example", 1));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("is cancelled");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
        var host = organisations.umbrella("surg-bad");
        var past = host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Old", "venue": "Library", "postcode": "DY1 1HP", "firstDay": "2020-01-01", "starts": "12:00",
                 "ends": "11:00", "places": 0}""");
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("has passed", "after the start", "from 1 to 500 places");
        assertThat(json(host.callAsAdmin(GET, "/api/v1/surgeries", null)).get("total").asInt()).isZero();
        var volunteer = host.join("Val Volunteer", KeyRole.TECHNICAL_SUPPORT);
        assertThat(host.api().call(POST, "/api/v1/surgeries", volunteer.token(), """
                {"title": "Mine", "venue": "Library", "postcode": "DY1 1HP", "firstDay": "2030-01-01", "starts": "10:00",
                 "ends": "11:00", "places": 5}""").getStatus()).isEqualTo(403);

        SurgeryFixtures.surgery(host, null, 4);
        String date = json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
        var bad = host.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null, """
                {"requestKey": "key-12345678", "name": "R", "email": "not-an-email", "groupName": "Acme Ltd",
                 "groupKind": "VOLUNTARY_GROUP", "voluntary": false, "needs": [], "needNote": "%s", "help": "SOME",
                 "places": 5}""".formatted("x".repeat(10_000)));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("free help for voluntary and community groups", "1,000 characters");
        for (String forged : new String[] {"no-such-link", "A".repeat(43)}) {
            assertThat(host.api().call(GET, "/api/v1/public/bookings/" + forged, null, null).getStatus()).isEqualTo(404);
            assertThat(host.api().call(POST, "/api/v1/public/bookings/" + forged + "/cancellation", null, null).getStatus())
                    .isEqualTo(404);
        }
        assertThat(json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .isEqualTo(4);
        var elsewhere = organisations.signUp("surg-elsewhere");
        assertThat(elsewhere.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null,
                SurgeryFixtures.booking("e@group.example", 1)).getStatus()).as("at another organisation's address")
                .isEqualTo(404);
    }
}
