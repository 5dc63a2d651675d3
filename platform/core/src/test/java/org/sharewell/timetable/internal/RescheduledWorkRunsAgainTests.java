package org.sharewell.timetable.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.TestJobs;
import org.sharewell.timetable.TestJobs.Organisations;
import org.sharewell.timetable.TestJobs.Run;
import org.sharewell.timetable.TestJobs.Runs;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.timetable.internal.Eventually.eventually;

/** A job that puts itself on the timetable again runs again at the time it gave, not before. */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class RescheduledWorkRunsAgainTests {

    final Organisations organisations;
    final Runs runs;

    RescheduledWorkRunsAgainTests(Organisations organisations, Runs runs) {
        this.organisations = organisations;
        this.runs = runs;
    }

    @Test
    void aJobThatReschedulesItselfRunsAgainAtTheNewTime() {
        TenantId tenant = organisations.register("repeat");
        UUID subject = UUID.randomUUID();
        organisations.schedule(tenant, TestJobs.REPEAT, subject, Instant.now());

        List<Run> ran = eventually().until(() -> runs.of(subject), done -> done.size() == TestJobs.REPEATS);
        for (int i = 1; i < ran.size(); i++) {
            assertThat(ran.get(i).at()).as("run %d", i + 1).isAfterOrEqualTo(ran.get(i - 1).at().plus(TestJobs.REPEAT_PAUSE));
        }
        assertThat(ran).allSatisfy(run -> assertThat(run.boundTo()).isEqualTo(tenant));
        assertThat(organisations.entry(tenant, TestJobs.REPEAT, subject)).as("no more once it stopped rescheduling").isEmpty();
    }
}
