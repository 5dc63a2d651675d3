package org.sharewell.surgeries.internal;

import org.sharewell.Organisation;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.timetable.TimedJob;

import java.util.UUID;

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
}
