package org.sharewell.timetable.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.TestJobs;
import org.sharewell.timetable.TestJobs.Organisations;
import org.sharewell.timetable.TestJobs.Runs;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.timetable.internal.Eventually.eventually;

/**
 * Due work of two organisations: each entry runs bound to its own organisation, sees that
 * organisation's entries and never the other's; an entry not yet due does not run.
 */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class DueWorkRunsInItsOwnOrganisationTests {

    final Organisations organisations;
    final Runs runs;

    DueWorkRunsInItsOwnOrganisationTests(Organisations organisations, Runs runs) {
        this.organisations = organisations;
        this.runs = runs;
    }

    @Test
    void eachOrganisationsDueWorkRunsBoundToItAndSeesOnlyItsOwnRows() {
        TenantId red = organisations.register("red");
        TenantId blue = organisations.register("blue");
        Instant later = Instant.now().plus(Duration.ofDays(1));
        UUID redLater = UUID.randomUUID();
        UUID blueLater = UUID.randomUUID();
        organisations.schedule(red, TestJobs.RECORD, redLater, later);
        organisations.schedule(blue, TestJobs.RECORD, blueLater, later);

        UUID redNow = UUID.randomUUID();
        UUID blueNow = UUID.randomUUID();
        organisations.schedule(red, TestJobs.RECORD, redNow, Instant.now());
        organisations.schedule(blue, TestJobs.RECORD, blueNow, Instant.now());

        var redRun = eventually().until(() -> runs.of(redNow), ran -> !ran.isEmpty()).getFirst();
        var blueRun = eventually().until(() -> runs.of(blueNow), ran -> !ran.isEmpty()).getFirst();
        assertThat(redRun.boundTo()).isEqualTo(red);
        assertThat(redRun.visibleTenants()).as("its own entry for later, and nobody else's").isEqualTo(Set.of(red.value()));
        assertThat(blueRun.boundTo()).isEqualTo(blue);
        assertThat(blueRun.visibleTenants()).isEqualTo(Set.of(blue.value()));
    }

    @Test
    void anEntryNotYetDueDoesNotRun() {
        TenantId tenant = organisations.register("patient");
        UUID notYet = UUID.randomUUID();
        UUID now = UUID.randomUUID();
        organisations.schedule(tenant, TestJobs.RECORD, notYet, Instant.now().plus(Duration.ofHours(1)));
        organisations.schedule(tenant, TestJobs.RECORD, now, Instant.now());

        // The timekeeper runs due work one look after another: by the time the later one has run,
        // a look that could have taken the earlier one has been and gone.
        eventually().until(() -> runs.of(now), ran -> !ran.isEmpty());
        assertThat(runs.of(notYet)).isEmpty();
        assertThat(organisations.entry(tenant, TestJobs.RECORD, notYet)).as("still on the timetable").isPresent();
    }
}
