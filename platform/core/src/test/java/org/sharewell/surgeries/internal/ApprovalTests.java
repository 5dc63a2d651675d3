package org.sharewell.surgeries.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.surgeries.SurgeryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Where the host approves bookings, a request holds its places until the host decides or the hold ends:
 * approved, it is confirmed with a new link and the calendar entry; declined or expired, its places go to
 * the waiting list; and a request is decided once.
 */
@IntegrationTest
class ApprovalTests {

    @Autowired
    Organisations organisations;
    @Autowired
    HoldExpiryJob holdExpiry;

    @Test
    void aRequestHoldsItsPlacesUntilApprovedDeclinedOrExpiredAndIsDecidedOnce() throws Exception {
        var host = organisations.umbrella("approve-host");
        var created = host.callAsAdmin(POST, "/api/v1/surgeries", """
                {"title": "Surgery by appointment", "venue": "Brookfield CVS", "postcode": "DY1 2AB",
                 "firstDay": "%s", "starts": "14:00", "ends": "16:00", "places": 3, "needsApproval": true,
                 "holdHours": 24, "clashesSeen": true}""".formatted(LocalDate.now().plusDays(10)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(json(created).get("needsApproval").asBoolean()).isTrue();
        String date = WaitingListTests.firstDate(host);
        String book = "/api/v1/public/surgery-dates/" + date + "/bookings";

        var asked = json(host.api().call(POST, book, null, SurgeryFixtures.booking("ann@a.example", 2)));
        assertThat(asked.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(asked.get("holdExpiresAt").isNull()).isFalse();
        assertThat(host.emailsTo("ann@a.example").getFirst().email().subject()).startsWith("Request received");
        assertThat(json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt())
                .as("a request holds its places").isEqualTo(1);

        String ann = asked.get("id").asString();
        var approved = host.callAsAdmin(POST, "/api/v1/surgery-bookings/" + ann + "/approval", null);
        assertThat(json(approved).get("status").asString()).isEqualTo("CONFIRMED");
        var confirmation = host.emailsTo("ann@a.example").getFirst().email();
        assertThat(confirmation.subject()).startsWith("Booked:");
        assertThat(confirmation.attachment().filename()).isEqualTo("surgery.ics");
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-bookings/" + ann + "/approval", null).getStatus())
                .as("decided once").isEqualTo(409);

        var bob = json(host.api().call(POST, book, null, SurgeryFixtures.booking("bob@b.example", 1))).get("id").asString();
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-bookings/" + bob + "/refusal", "{\"reason\": \"\"}").getStatus())
                .as("a reason is needed").isEqualTo(400);
        var declined = host.callAsAdmin(POST, "/api/v1/surgery-bookings/" + bob + "/refusal",
                "{\"reason\": \"This date is for groups in Brookfield.\"}");
        assertThat(json(declined).get("status").asString()).isEqualTo("DECLINED");
        assertThat(host.emailsTo("bob@b.example").getFirst().email().text()).contains("This date is for groups in Brookfield.");

        var cat = UUID.fromString(json(host.api().call(POST, book, null, SurgeryFixtures.booking("cat@c.example", 1)))
                .get("id").asString());
        TimedWork.pastDue(host, "UPDATE surgeries.booking SET hold_expires_at = now() - interval '1 minute' WHERE id = ?", cat);
        assertThat(host.callAsAdmin(POST, "/api/v1/surgery-bookings/" + cat + "/approval", null).getStatus())
                .as("a request whose hold has ended cannot be approved").isEqualTo(409);
        TimedWork.run(host, holdExpiry, cat);
        assertThat(host.emailsTo("cat@c.example").getFirst().email().subject()).startsWith("Request not answered in time");
        var bookings = json(host.callAsAdmin(GET, "/api/v1/surgery-dates/" + date + "/bookings", null));
        assertThat(bookings).extracting(booking -> booking.get("status").asString())
                .containsExactly("CONFIRMED", "DECLINED", "EXPIRED");
        assertThat(placesLeft(host)).isEqualTo(1);
        var volunteer = host.join("Val Volunteer");
        assertThat(host.api().call(POST, "/api/v1/surgery-bookings/" + ann + "/approval", volunteer.token(), null).getStatus())
                .as("only champions and admins decide").isEqualTo(403);
    }

    private static int placesLeft(Organisation host) throws Exception {
        return json(host.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("placesLeft").asInt();
    }
}
