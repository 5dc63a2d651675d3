package org.sharewell.timetable;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.TestJobs.Organisations;
import org.sharewell.timetable.TestJobs.Runs;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timetable module with only what it needs (the tenant registry and the database; tenancy is
 * named because the timetable uses only its types, not its beans): work scheduled in an
 * organisation's transaction runs as soon as that transaction commits, as Sharewell, for that
 * organisation, and is then off the timetable.
 */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class TimetableModuleTests {

    final Timetable timetable;
    final Organisations organisations;
    final Runs runs;

    TimetableModuleTests(Timetable timetable, Organisations organisations, Runs runs) {
        this.timetable = timetable;
        this.organisations = organisations;
        this.runs = runs;
    }

    @Test
    void workDueNowRunsOnceItsTransactionCommits(Scenario scenario) {
        TenantId tenant = organisations.register("scenario");
        UUID subject = UUID.randomUUID();

        scenario.stimulate(transaction -> {
                    TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(
                            status -> timetable.schedule(TestJobs.RECORD, subject, Instant.now())));
                    return subject;
                })
                .andWaitForStateChange(() -> runs.of(subject), ran -> !ran.isEmpty())
                .andVerify(ran -> {
                    assertThat(ran).singleElement().satisfies(run -> {
                        assertThat(run.boundTo()).isEqualTo(tenant);
                        assertThat(run.asSharewell()).as("run as Sharewell itself").isTrue();
                    });
                    assertThat(organisations.entry(tenant, TestJobs.RECORD, subject)).as("done, so off the timetable")
                            .isEmpty();
                });
    }
}
