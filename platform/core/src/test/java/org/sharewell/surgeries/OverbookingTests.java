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
 * Many groups booking the last places at once, one and two places at a time and whole series, on the
 * real PostgreSQL: not one place more is ever taken than there are, and every place taken belongs to
 * a confirmed booking.
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
}
