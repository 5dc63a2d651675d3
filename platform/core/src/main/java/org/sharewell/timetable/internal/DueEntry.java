package org.sharewell.timetable.internal;

import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.JobName;

import java.util.UUID;

/** An entry of the timetable that was due when the timekeeper looked: whose, which job, about what. */
record DueEntry(TenantId tenant, JobName job, UUID subject) {
}
