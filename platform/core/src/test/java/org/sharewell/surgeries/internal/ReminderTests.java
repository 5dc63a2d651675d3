package org.sharewell.surgeries.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.surgeries.SurgeryFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * Reminders go two days and two hours before, to everyone booked, exactly once each: run again, or by
 * two instances at the same moment, a reminder already sent is not sent again; the next one is put on the
 * timetable for its time.
 */
@IntegrationTest
class ReminderTests {

    @Autowired
    Organisations organisations;
    @Autowired
    ReminderJob reminders;

    @Test
    void eachBookerIsRemindedTwoDaysAndTwoHoursBeforeOnceEachEvenWhenTwoInstancesRunAtOnce() throws Exception {
        var host = organisations.umbrella("remind-host");
        SurgeryFixtures.surgery(host, null, 6);
        String date = WaitingListTests.firstDate(host);
        var occurrence = UUID.fromString(date);
        assertThat(dueAt(host, occurrence)).as("the first reminder is on the timetable from the start")
                .isNotNull();
        for (String email : new String[] {"ann@a.example", "bob@b.example"}) {
            host.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null, SurgeryFixtures.booking(email, 1));
        }

        // Two days before: the first reminder, once, however many times and instances run it.
        TimedWork.startsIn(host, occurrence, Duration.ofHours(47));
        runTwiceAtOnce(host, occurrence);
        TimedWork.run(host, reminders, occurrence);
        assertThat(reminders(host, "ann@a.example")).isEqualTo(1);
        assertThat(reminders(host, "bob@b.example")).isEqualTo(1);
        assertThat(dueAt(host, occurrence)).as("the second is due two hours before the start")
                .isCloseTo(Instant.now().plus(Duration.ofHours(45)), within(Duration.ofMinutes(1)));

        // Two hours before: the second, once.
        TimedWork.startsIn(host, occurrence, Duration.ofMinutes(90));
        runTwiceAtOnce(host, occurrence);
        TimedWork.run(host, reminders, occurrence);
        assertThat(reminders(host, "ann@a.example")).isEqualTo(2);
        assertThat(reminders(host, "bob@b.example")).isEqualTo(2);
        assertThat(host.emailsTo("ann@a.example").getFirst().email().text()).contains("Brookfield Library, DY1 1HP");
    }

    private void runTwiceAtOnce(Organisation host, UUID occurrence) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var runs = new ArrayList<Future<?>>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                TimedWork.run(host, reminders, occurrence);
                return null;
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    private static long reminders(Organisation host, String email) {
        return host.emailsTo(email).stream().filter(queued -> queued.email().subject().startsWith("Reminder:")).count();
    }

    private static Instant dueAt(Organisation host, UUID occurrence) {
        return host.inTransaction(sql -> sql.queryForList(
                "SELECT due_at FROM timetable.entry WHERE job = 'surgeries.reminder' AND subject = ?", Timestamp.class, occurrence)
                .stream().findFirst().map(Timestamp::toInstant).orElse(null));
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration tolerance) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(tolerance.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}
