package org.sharewell.surgeries.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.surgeries.SurgeryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A full date's waiting list: one entry per address, in line order; a freed place is offered to the first
 * in line at once and held for them; a claim books it; an offer left to expire passes to the next; leaving
 * declines; and forged or used links change nothing.
 */
@IntegrationTest
class WaitingListTests {

    @Autowired
    Organisations organisations;
    @Autowired
    OfferExpiryJob offerExpiry;

    @Test
    void aFreedPlaceIsOfferedToTheFirstInLineClaimedOrPassedOnAndNeverSoldTwice() throws Exception {
        var host = organisations.umbrella("wait-host");
        SurgeryFixtures.surgery(host, "FREQ=MONTHLY;COUNT=2", 6);
        String date = firstDate(host);
        String book = "/api/v1/public/surgery-dates/" + date + "/bookings";
        assertThat(host.api().call(POST, book, null, SurgeryFixtures.booking("ann@a.example", 2)).getStatus()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(host.api().call(POST, book, null, SurgeryFixtures.booking("b" + i + "@b.example", 1)).getStatus())
                    .isEqualTo(201);
        }
        var full = host.api().call(POST, book, null, SurgeryFixtures.booking("late@c.example", 1));
        assertThat(full.getStatus()).isEqualTo(409);
        assertThat(json(full).get("detail").asString()).contains("is full", "waiting list");

        String join = "/api/v1/public/surgery-dates/" + date + "/waiting-list";
        var cat = host.api().call(POST, join, null, SurgeryFixtures.booking("cat@c.example", 1));
        assertThat(cat.getStatus()).as(cat.getContentAsString()).isEqualTo(201);
        assertThat(json(cat).get("position").asInt()).isEqualTo(1);
        var catAgain = host.api().call(POST, join, null, SurgeryFixtures.booking("Cat@C.example", 1));
        assertThat(json(catAgain).get("id").asString()).as("one entry per email address").isEqualTo(json(cat).get("id").asString());
        assertThat(json(host.api().call(POST, join, null, SurgeryFixtures.booking("dan@d.example", 1))).get("position").asInt())
                .isEqualTo(2);
        assertThat(json(host.api().call(POST, join, null, SurgeryFixtures.booking("eve@e.example", 2))).get("position").asInt())
                .isEqualTo(3);
        assertThat(host.emailsTo("cat@c.example").getFirst().email().subject()).startsWith("On the waiting list");

        // Ann cancels her 2 places: Cat and Dan are each offered one at once, held for them; Eve is told she moved up.
        String annsLink = host.tokenInLatestEmailTo("ann@a.example", "/booking/");
        assertThat(host.api().call(POST, "/api/v1/public/bookings/" + annsLink + "/cancellation", null, null).getStatus())
                .isEqualTo(200);
        assertThat(placesLeft(host)).as("both freed places are held for the offers").isZero();
        assertThat(host.emailsTo("cat@c.example").getFirst().email().subject()).startsWith("A place for you");
        assertThat(host.emailsTo("dan@d.example").getFirst().email().subject()).startsWith("A place for you");
        assertThat(host.api().call(POST, book, null, SurgeryFixtures.booking("jumper@q.example", 1)).getStatus())
                .as("nobody outside the line takes an offered place").isEqualTo(409);

        String catsOffer = host.tokenInLatestEmailTo("cat@c.example", "/waiting/");
        assertThat(json(host.api().call(GET, "/api/v1/public/waiting/" + catsOffer, null, null)).get("status").asString())
                .isEqualTo("OFFERED");
        var claimed = host.api().call(POST, "/api/v1/public/waiting/" + catsOffer + "/claim", null, null);
        assertThat(claimed.getStatus()).as(claimed.getContentAsString()).isEqualTo(201);
        assertThat(json(claimed).get("status").asString()).isEqualTo("CONFIRMED");
        var confirmation = host.emailsTo("cat@c.example").getFirst().email();
        assertThat(confirmation.subject()).startsWith("Booked:");
        assertThat(confirmation.attachment()).as("the calendar entry comes with the confirmation").isNotNull();
        assertThat(confirmation.attachment().content()).contains("BEGIN:VEVENT", "TZID=Europe/London");
        assertThat(host.api().call(POST, "/api/v1/public/waiting/" + catsOffer + "/claim", null, null).getStatus())
                .as("a used link changes nothing").isEqualTo(404);

        // Dan lets his offer run out: it passes to Eve, who wants 2 and so waits for a second place.
        var dan = UUID.fromString(TimedWork.waitingEntry(host, date, "dan@d.example").get("id").asString());
        TimedWork.pastDue(host, "UPDATE surgeries.waiting SET offer_expires_at = now() - interval '1 minute' WHERE id = ?", dan);
        TimedWork.run(host, offerExpiry, dan);
        assertThat(host.emailsTo("dan@d.example").getFirst().email().subject()).startsWith("Your offer has ended");
        assertThat(TimedWork.waitingEntry(host, date, "dan@d.example").get("status").asString()).isEqualTo("PASSED");
        assertThat(host.emailsTo("eve@e.example").getFirst().email().subject())
                .as("Eve is first now, but 1 place is not the 2 she asked for").startsWith("You have moved up");
        assertThat(placesLeft(host)).isEqualTo(1);

        // A forged link, and a second run of the same expiry, change nothing.
        int before = host.emailsTo("eve@e.example").size();
        assertThat(host.api().call(POST, "/api/v1/public/waiting/" + "forged-" + UUID.randomUUID() + "/claim", null, null)
                .getStatus()).isEqualTo(404);
        TimedWork.run(host, offerExpiry, dan);
        assertThat(host.emailsTo("eve@e.example")).hasSize(before);

        // One of the four frees a place: Eve is offered both, and leaves the list instead; the places are free again.
        String bsLink = host.tokenInLatestEmailTo("b0@b.example", "/booking/");
        host.api().call(POST, "/api/v1/public/bookings/" + bsLink + "/cancellation", null, null);
        assertThat(host.emailsTo("eve@e.example").getFirst().email().subject()).startsWith("A place for you");
        String evesOffer = host.tokenInLatestEmailTo("eve@e.example", "/waiting/");
        var left = host.api().call(POST, "/api/v1/public/waiting/" + evesOffer + "/departure", null, null);
        assertThat(json(left).get("status").asString()).isEqualTo("LEFT");
        assertThat(placesLeft(host)).isEqualTo(2);
        var line = json(host.callAsAdmin(GET, "/api/v1/surgery-dates/" + date + "/waiting-list", null));
        assertThat(line).extracting(entry -> entry.get("status").asString()).containsExactly("BOOKED", "PASSED", "LEFT");
        Boolean accounted = host.inTransaction(sql -> sql.queryForObject("""
                SELECT o.taken = (SELECT coalesce(sum(b.places), 0) FROM surgeries.booking b
                                  WHERE b.occurrence_id = o.id AND b.status IN ('CONFIRMED', 'REQUESTED'))
                               + (SELECT coalesce(sum(w.places), 0) FROM surgeries.waiting w
                                  WHERE w.occurrence_id = o.id AND w.status = 'OFFERED')
                FROM surgeries.occurrence o WHERE o.id = ?::uuid""", Boolean.class, date));
        assertThat(accounted).as("every place taken is a booking's or an offer's").isTrue();
    }

    @Test
    void joiningWhilePlacesAreLeftOrWithBadInputIsRefusedAndChangesNothing() throws Exception {
        var host = organisations.umbrella("wait-open");
        SurgeryFixtures.surgery(host, null, 6);
        String join = "/api/v1/public/surgery-dates/" + firstDate(host) + "/waiting-list";
        var open = host.api().call(POST, join, null, SurgeryFixtures.booking("early@e.example", 1));
        assertThat(open.getStatus()).isEqualTo(409);
        assertThat(json(open).get("detail").asString()).contains("book instead");
        var bad = host.api().call(POST, join, null, SurgeryFixtures.booking("not an email", 1)
                .replace("\"Our new page\"", "\"" + "x".repeat(10_000) + "\""));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json(bad).get("errors").toString()).contains("email", "needNote");
        Integer entries = host.inTransaction(sql -> sql.queryForObject("SELECT count(*) FROM surgeries.waiting", Integer.class));
        assertThat(entries).isZero();
    }

    static String firstDate(Organisation host) throws Exception {
        return json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
    }

    private static int placesLeft(Organisation host) throws Exception {
        return json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt();
    }
}
