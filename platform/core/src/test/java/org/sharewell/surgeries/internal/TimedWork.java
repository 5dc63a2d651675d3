package org.sharewell.surgeries.internal;

import org.sharewell.Organisation;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.timetable.TimedJob;

import org.sharewell.ApiCalls;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.springframework.http.HttpMethod.GET;

/** Runs a surgeries job for a subject as the timetable would: in a transaction bound to the host, as Sharewell. */
final class TimedWork {

    private TimedWork() {
    }

    static void run(Organisation host, TimedJob job, UUID subject) {
        host.inTransaction(sql -> {
            AutomaticWork.run(() -> job.run(subject));
            return null;
        });
    }

    /** Moves a moment of the host's data into the past, as time passing would: the SQL names the row by {@code ?}. */
    static void pastDue(Organisation host, String update, UUID row) {
        host.inTransaction(sql -> sql.update(update, row));
    }

    /** As time passing would: the date now starts that long from now, two hours long, its reminders so far kept. */
    static void startsIn(Organisation host, UUID occurrence, Duration away) {
        Instant starts = Instant.now().plus(away);
        host.inTransaction(sql -> sql.update("UPDATE surgeries.occurrence SET starts_at = ?, ends_at = ? WHERE id = ?",
                Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(2))), occurrence));
    }

    /** The entry for the address on the date's waiting list, as the host's API shows it. */
    static JsonNode waitingEntry(Organisation host, String date, String email) throws Exception {
        for (var entry : ApiCalls.json(host.callAsAdmin(GET, "/api/v1/surgery-dates/" + date + "/waiting-list", null))) {
            if (entry.get("email").asString().equals(email)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + email);
    }
}
