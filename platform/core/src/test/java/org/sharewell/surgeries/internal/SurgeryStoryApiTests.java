package org.sharewell.surgeries.internal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The whole story of a Social Media Surgery through the REST API, as the browser test follows it in the
 * UI: Brookfield makes a monthly surgery of 6 places, warned first of a clashing one nearby; a group books
 * 2 places from the public page without an account and is emailed the calendar entry; the date fills; two
 * more join its waiting list; a booker cancels by the emailed link and the first waiting claims the
 * offered place; a second offer runs out and passes on; reminders go once each; one date is cancelled and
 * shows so in the feed; and a series booking takes a place at every date still open.
 */
@IntegrationTest
class SurgeryStoryApiTests {

    @Autowired
    Organisations organisations;
    @Autowired
    OfferExpiryJob offerExpiry;
    @Autowired
    ReminderJob reminders;

    @Test
    void brookfieldsMonthlySurgeryFromClashWarningToSeriesBooking() throws Exception {
        var brookfield = organisations.umbrella("story-brookfield");
        var dudley = organisations.umbrella("story-dudley");
        LocalDate first = LocalDate.now().plusDays(12);
        assertThat(dudley.callAsAdmin(POST, "/api/v1/surgeries", surgery("Dudley evening drop-in", "DY2 7AA", first, false))
                .getStatus()).isEqualTo(201);

        var warned = brookfield.callAsAdmin(POST, "/api/v1/surgeries", surgery("Brookfield monthly surgery", "DY1 1HP", first, false));
        assertThat(warned.getStatus()).isEqualTo(409);
        assertThat(json(warned).get("detail").asString()).contains("Dudley evening drop-in", "same postcode area (DY)");
        var created = brookfield.callAsAdmin(POST, "/api/v1/surgeries", surgery("Brookfield monthly surgery", "DY1 1HP", first, true));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var dates = json(brookfield.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(dates).hasSize(4);
        String date = dates.get(0).get("id").asString();
        assertThat(dates.get(0).get("placesLeft").asInt()).isEqualTo(6);

        // A group books 2 places from the public page, as a person would: the form, then a few seconds filling it in.
        String token = json(brookfield.api().call(GET, "/api/v1/public/booking-forms", null, null)).get("formToken").asString();
        Thread.sleep(3_100);
        String book = "/api/v1/public/surgery-dates/" + date + "/bookings";
        var booked = brookfield.api().call(POST, book, null, form("rita@riverside.example", 2, token));
        assertThat(booked.getStatus()).as(booked.getContentAsString()).isEqualTo(201);
        var confirmation = brookfield.emailsTo("rita@riverside.example").getFirst().email();
        assertThat(confirmation.subject()).startsWith("Booked: Brookfield monthly surgery");
        var entry = (VEvent) new CalendarBuilder().build(new StringReader(confirmation.attachment().content()))
                .getComponent("VEVENT").orElseThrow();
        assertThat(entry.getSummary().getValue()).isEqualTo("Brookfield monthly surgery");

        for (String group : List.of("a", "b", "c", "d")) {
            assertThat(brookfield.api().call(POST, book, null, form(group + "@groups.example", 1, token)).getStatus()).isEqualTo(201);
        }
        assertThat(brookfield.api().call(POST, book, null, form("full@groups.example", 1, token)).getStatus()).isEqualTo(409);
        String join = "/api/v1/public/surgery-dates/" + date + "/waiting-list";
        assertThat(json(brookfield.api().call(POST, join, null, form("wendy@waiting.example", 1, token))).get("position").asInt())
                .isEqualTo(1);
        assertThat(json(brookfield.api().call(POST, join, null, form("will@waiting.example", 1, token))).get("position").asInt())
                .isEqualTo(2);

        cancel(brookfield, "a@groups.example");
        assertThat(brookfield.emailsTo("wendy@waiting.example").getFirst().email().subject()).startsWith("A place for you");
        var claimed = brookfield.api().call(POST, "/api/v1/public/waiting/"
                + brookfield.tokenInLatestEmailTo("wendy@waiting.example", "/waiting/") + "/claim", null, null);
        assertThat(json(claimed).get("status").asString()).isEqualTo("CONFIRMED");

        cancel(brookfield, "b@groups.example");
        assertThat(brookfield.emailsTo("will@waiting.example").getFirst().email().subject()).startsWith("A place for you");
        var will = UUID.fromString(TimedWork.waitingEntry(brookfield, date, "will@waiting.example").get("id").asString());
        TimedWork.pastDue(brookfield, "UPDATE surgeries.waiting SET offer_expires_at = now() - interval '1 minute' WHERE id = ?",
                will);
        TimedWork.run(brookfield, offerExpiry, will);
        assertThat(brookfield.emailsTo("will@waiting.example").getFirst().email().subject()).startsWith("Your offer has ended");
        assertThat(json(brookfield.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .as("with nobody else in line, the place is free to book again").isEqualTo(1);

        // Two days before, then two hours before: each booked person is reminded once each time.
        for (Duration away : List.of(Duration.ofHours(47), Duration.ofMinutes(90))) {
            TimedWork.startsIn(brookfield, UUID.fromString(date), away);
            TimedWork.run(brookfield, reminders, UUID.fromString(date));
            TimedWork.run(brookfield, reminders, UUID.fromString(date));
        }
        for (String booker : List.of("rita@riverside.example", "c@groups.example", "d@groups.example", "wendy@waiting.example")) {
            assertThat(brookfield.emailsTo(booker).stream().filter(email -> email.email().subject().startsWith("Reminder:")))
                    .as("reminders to %s", booker).hasSize(2);
        }
        assertThat(brookfield.emailsTo("a@groups.example").stream().filter(email -> email.email().subject().startsWith("Reminder:")))
                .as("nobody who cancelled").isEmpty();

        String third = dates.get(2).get("id").asString();
        assertThat(brookfield.callAsAdmin(POST, "/api/v1/surgery-dates/" + third + "/cancellation",
                "{\"reason\": \"The library is closed for repairs.\"}").getStatus()).isEqualTo(200);
        var feed = new CalendarBuilder().build(new StringReader(
                brookfield.api().call(GET, "/api/v1/public/surgery-calendar", null, null).getContentAsString()));
        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).filteredOn(event -> event.getUid().orElseThrow().getValue().startsWith(third))
                .singleElement().satisfies(event -> assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED"));

        var series = brookfield.api().call(POST, "/api/v1/public/surgeries/" + json(created).get("id").asString()
                + "/series-bookings", null, form("sam@series.example", 1, token));
        assertThat(series.getStatus()).as(series.getContentAsString()).isEqualTo(201);
        assertThat(json(series)).as("a place at each date still open: the first, second and fourth").hasSize(3);
        var after = json(brookfield.api().call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(after.get(0).get("placesLeft").asInt()).isZero();
        assertThat(after.get(1).get("placesLeft").asInt()).isEqualTo(5);
        assertThat(after.get(2).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get(3).get("placesLeft").asInt()).isEqualTo(5);
    }

    private static String surgery(String title, String postcode, LocalDate first, boolean clashesSeen) {
        return """
                {"title": "%s", "offers": "Facebook pages, websites, sharing photos safely", "venue": "The library",
                 "postcode": "%s", "accessibility": "Step-free, hearing loop", "firstDay": "%s", "starts": "18:00",
                 "ends": "20:00", "repeats": "FREQ=MONTHLY;COUNT=4", "places": 6, "clashesSeen": %s}"""
                .formatted(title, postcode, first, clashesSeen);
    }

    private static String form(String email, int places, String token) {
        return """
                {"requestKey": "%s", "name": "Rita Patel", "email": "%s", "groupName": "Riverside Allotment Society",
                 "groupKind": "VOLUNTARY_GROUP", "voluntary": true, "needs": ["FACEBOOK_PAGE"], "needNote": "Our new page",
                 "help": "SOME", "places": %d, "formToken": "%s", "website": ""}""".formatted(UUID.randomUUID(), email, places, token);
    }

    private static void cancel(Organisation host, String email) throws Exception {
        var cancelled = host.api().call(POST, "/api/v1/public/bookings/" + host.tokenInLatestEmailTo(email, "/booking/")
                + "/cancellation", null, null);
        assertThat(cancelled.getStatus()).as(cancelled.getContentAsString()).isEqualTo(200);
    }
}
