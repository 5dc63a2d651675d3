package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.surgeries.internal.FormTokenFixture;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.kernel.Conflict;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many groups booking the last places at once, one and two places at a time and whole series, asking
 * for places the host approves, cancelling and claiming offered places from a waiting list, on the real
 * PostgreSQL: not one place more is ever taken than there are, and every place taken belongs to a
 * booking holding it or an offer.
 */
@IntegrationTest
class OverbookingTests {

    @Autowired
    Organisations organisations;
    @Autowired
    SurgeryBookings bookings;

    @Test
    void thirtyGroupsRacingForTenPlacesInSinglesPairsAndSeriesOversellNothing() throws Exception {
        var host = organisations.umbrella("surg-race");
        String surgery = SurgeryFixtures.surgery(host, "FREQ=WEEKLY;COUNT=3", 10);
        var dates = TenantScope.callAs(host.id(), bookings::upcoming);
        var first = dates.getFirst().id();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 30; i++) {
            int group = i;
            Callable<Integer> attempt = () -> {
                start.await();
                var form = new NewBooking(UUID.randomUUID().toString(), "Person " + group, "p" + group + "@group.example",
                        "Group " + group, GroupKind.VOLUNTARY_GROUP, true, Set.of(Need.WEBSITE), "", HelpWanted.SOME,
                        group % 3 == 0 ? 2 : 1, new FormProof(FormTokenFixture.shownAMinuteAgo(SurgeryFixtures.FORM_KEY), null));
                try {
                    return TenantScope.callAs(host.id(), () -> group % 5 == 0
                            ? bookings.bookSeries(new SurgeryId(UUID.fromString(surgery)), form).getFirst().places()
                            : bookings.book(first, form).places());
                } catch (Conflict full) {
                    return 0;
                }
            };
            outcomes.add(pool.submit(attempt));
        }
        start.countDown();
        int booked = 0;
        for (var outcome : outcomes) {
            booked += outcome.get();
        }
        pool.shutdown();

        for (var date : dates) {
            List<Integer> row = organisations.inTransaction(host.id(), sql -> sql.queryForList("""
                    SELECT o.taken FROM surgeries.occurrence o WHERE o.id = ?
                    UNION ALL
                    SELECT coalesce(sum(b.places), 0)::int FROM surgeries.booking b WHERE b.occurrence_id = ? AND b.status = 'CONFIRMED'""",
                    Integer.class, date.id().value(), date.id().value()));
            assertThat(row.get(0)).as("taken at %s", date.startsAt()).isLessThanOrEqualTo(10).isEqualTo(row.get(1));
        }
        // Full, or one place short when only pairs were still asking for it.
        assertThat(booked).as("the first date filled").isBetween(9, 10);
    }

    @Test
    void cancellationsOffersClaimsAndRequestsRacingTogetherOversellNothing() throws Exception {
        var host = organisations.umbrella("surg-churn");
        var created = host.callAsAdmin(org.springframework.http.HttpMethod.POST, "/api/v1/surgeries", """
                {"title": "Busy surgery", "venue": "Brookfield Library", "postcode": "DY1 1HP", "firstDay": "%s",
                 "starts": "10:00", "ends": "12:00", "places": 4, "needsApproval": true, "clashesSeen": true}"""
                .formatted(java.time.LocalDate.now().plusDays(9)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var date = TenantScope.callAs(host.id(), bookings::upcoming).getFirst().id();
        for (int i = 0; i < 4; i++) {
            int group = i;
            TenantScope.callAs(host.id(), () -> bookings.book(date, form("held" + group + "@group.example", 1)));
        }
        for (int i = 0; i < 6; i++) {
            int group = i;
            TenantScope.callAs(host.id(), () -> waiting.join(date, form("wait" + group + "@group.example", 1 + group % 2)));
        }
        // At once: the four requests are withdrawn by their links (their places offered on), and twelve more try to book.
        var attempts = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 4; i++) {
            String link = host.tokenInLatestEmailTo("held" + i + "@group.example", "/booking/");
            attempts.add(() -> TenantScope.callAs(host.id(), () -> bookings.cancelByLink(link)));
        }
        for (int i = 0; i < 12; i++) {
            int group = i;
            attempts.add(() -> TenantScope.callAs(host.id(), () -> bookings.book(date, form("late" + group + "@group.example", 1))));
        }
        race(attempts);
        assertAccounted(host, date);
        // At once: everyone offered a place claims it, while twelve more try to book.
        attempts.clear();
        for (int i = 0; i < 6; i++) {
            String address = "wait" + i + "@group.example";
            if (host.emailsTo(address).getFirst().email().subject().startsWith("A place for you")) {
                String link = host.tokenInLatestEmailTo(address, "/waiting/");
                attempts.add(() -> TenantScope.callAs(host.id(), () -> waiting.claim(link)));
            }
        }
        assertThat(attempts).as("the freed places were offered").isNotEmpty();
        for (int i = 0; i < 12; i++) {
            int group = i;
            attempts.add(() -> TenantScope.callAs(host.id(), () -> bookings.book(date, form("later" + group + "@group.example", 1))));
        }
        race(attempts);
        assertAccounted(host, date);
    }

    @Autowired
    SurgeryWaitingList waiting;

    private static void race(List<Callable<Object>> attempts) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new ArrayList<Future<Object>>();
        for (var attempt : attempts) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return attempt.call();
                } catch (Conflict | org.sharewell.kernel.NotFound refused) {
                    return null;
                }
            }));
        }
        start.countDown();
        for (var outcome : outcomes) {
            outcome.get();
        }
        pool.shutdown();
    }

    private void assertAccounted(org.sharewell.Organisation host, OccurrenceId date) {
        List<Integer> row = organisations.inTransaction(host.id(), sql -> sql.queryForList("""
                SELECT o.taken FROM surgeries.occurrence o WHERE o.id = ?
                UNION ALL
                SELECT (SELECT coalesce(sum(b.places), 0) FROM surgeries.booking b
                        WHERE b.occurrence_id = ? AND b.status IN ('CONFIRMED', 'REQUESTED'))::int
                     + (SELECT coalesce(sum(w.places), 0) FROM surgeries.waiting w
                        WHERE w.occurrence_id = ? AND w.status = 'OFFERED')::int""",
                Integer.class, date.value(), date.value(), date.value()));
        assertThat(row.get(0)).as("places taken").isLessThanOrEqualTo(4).isEqualTo(row.get(1));
    }

    private static NewBooking form(String email, int places) {
        return new NewBooking(UUID.randomUUID().toString(), "Person", email, "A group", GroupKind.VOLUNTARY_GROUP, true,
                Set.of(Need.WEBSITE), "", HelpWanted.SOME, places,
                new FormProof(FormTokenFixture.shownAMinuteAgo(SurgeryFixtures.FORM_KEY), null));
    }
}
