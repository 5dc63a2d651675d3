package org.sharewell.timetable.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TestJobs;
import org.sharewell.timetable.TestJobs.Organisations;
import org.sharewell.timetable.TestJobs.Runs;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.timetable.internal.Eventually.eventually;

/**
 * A job that fails has its own changes undone and is kept on the timetable with its failures counted,
 * the problem in plain words and a due time pushed out by its pause; it runs again after the pause
 * and, once it succeeds, is off the timetable. Work for a job nobody answers to is kept, too.
 */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class FailedWorkIsRetriedTests {

    final Organisations organisations;
    final Runs runs;

    FailedWorkIsRetriedTests(Organisations organisations, Runs runs) {
        this.organisations = organisations;
        this.runs = runs;
    }

    @Test
    void aFailingJobIsRetriedAfterItsPauseWithTheFailuresRecorded() {
        TenantId tenant = organisations.register("failing");
        UUID subject = UUID.randomUUID();
        runs.failing.add(subject);
        Instant scheduled = Instant.now();
        organisations.schedule(tenant, TestJobs.FAIL, subject, scheduled);

        Map<String, Object> failed = eventually().until(() -> organisations.entry(tenant, TestJobs.FAIL, subject)
                .orElseThrow(), entry -> (int) entry.get("failures") >= 2);
        assertThat(failed.get("last_problem")).as("the message's first line, no stack trace").isEqualTo(TestJobs.PROBLEM);
        Instant dueAgain = ((Timestamp) failed.get("due_at")).toInstant();
        assertThat(dueAgain).isAfter(scheduled);
        assertThat(runs.of(subject)).isEmpty();
        assertThat(organisations.entry(tenant, TestJobs.RECORD, subject))
                .as("what the job scheduled before failing was undone with it").isEmpty();

        runs.failing.remove(subject);
        var ran = eventually().until(() -> runs.of(subject), done -> !done.isEmpty()).getFirst();
        assertThat(ran.at()).as("not before the pause was over").isAfterOrEqualTo(dueAgain);
        assertThat(ran.boundTo()).isEqualTo(tenant);
        assertThat(organisations.entry(tenant, TestJobs.FAIL, subject)).as("done, so off the timetable").isEmpty();
    }

    @Test
    void workForAJobNobodyAnswersToIsKeptForLater() {
        TenantId tenant = organisations.register("unknown");
        UUID subject = UUID.randomUUID();
        JobName unknown = JobName.of("test.from-a-newer-version");
        Instant scheduled = Instant.now();
        organisations.schedule(tenant, unknown, subject, scheduled);

        Map<String, Object> kept = eventually().until(() -> organisations.entry(tenant, unknown, subject).orElseThrow(),
                entry -> (int) entry.get("failures") >= 1);
        assertThat(kept.get("failures")).isEqualTo(1);
        assertThat(kept.get("last_problem")).isEqualTo(
                "This version of Sharewell has no job called 'test.from-a-newer-version'. The entry is kept for one that has.");
        assertThat(((Timestamp) kept.get("due_at")).toInstant()).as("looked at again after the standard first pause")
                .isAfterOrEqualTo(scheduled.plus(Duration.ofSeconds(30)));
    }
}
