package org.sharewell.timetable.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.timetable.TestJobs;
import org.sharewell.timetable.TestJobs.Organisations;
import org.sharewell.timetable.TestJobs.Runs;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two timekeepers, as two platform instances on the same database, set off at the same moment on the
 * same due entries (this context's own timekeeper is paused meanwhile, so they are the only two):
 * every entry is run exactly once, bound to its own organisation.
 */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class TwoPlatformInstancesRunEachEntryOnceTests {

    static final int ENTRIES = 60;

    final Organisations organisations;
    final Runs runs;
    final Timekeeper ownTimekeeper;
    final TimetableStore entries;
    final Jobs jobs;
    final Alarm alarm;
    final TimetableSettings settings;

    TwoPlatformInstancesRunEachEntryOnceTests(Organisations organisations, Runs runs, Timekeeper ownTimekeeper,
                                              TimetableStore entries, Jobs jobs, Alarm alarm, TimetableSettings settings) {
        this.organisations = organisations;
        this.runs = runs;
        this.ownTimekeeper = ownTimekeeper;
        this.entries = entries;
        this.jobs = jobs;
        this.alarm = alarm;
        this.settings = settings;
    }

    @BeforeEach
    void onlyTheTwoInstancesRunWork() {
        ownTimekeeper.stop();
    }

    @AfterEach
    void thisInstanceCarriesOn() {
        ownTimekeeper.start();
    }

    @Test
    void instancesStartingTogetherOnTheSameEntriesRunEachOnce() throws Exception {
        List<TenantId> tenants = List.of(organisations.register("first"), organisations.register("second"));
        Set<UUID> subjects = new HashSet<>();
        for (int i = 0; i < ENTRIES; i++) {
            UUID subject = UUID.randomUUID();
            subjects.add(subject);
            organisations.schedule(tenants.get(i % 2), TestJobs.RECORD, subject, Instant.now());
        }
        // One look, given to both: each instance tries every entry, one from each end, so they meet.
        List<DueEntry> due = entries.due(Timekeeper.MOST_PER_LOOK).stream()
                .filter(entry -> subjects.contains(entry.subject())).toList();
        assertThat(due).hasSize(ENTRIES);
        var one = new Timekeeper(entries, jobs, alarm, settings);
        var other = new Timekeeper(entries, jobs, alarm, settings);

        var start = new CountDownLatch(1);
        try (var instances = Executors.newFixedThreadPool(2)) {
            List<Future<?>> finished = List.of(
                    instances.submit(() -> runOnStart(one, due, start)),
                    instances.submit(() -> runOnStart(other, due.reversed(), start)));
            start.countDown();
            for (Future<?> instance : finished) {
                instance.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(runs.countsOf(subjects)).as("every entry ran exactly once").hasSize(ENTRIES)
                .allSatisfy((subject, times) -> assertThat(times).as("runs of %s", subject).isEqualTo(1));
        assertThat(due).allSatisfy(entry -> {
            assertThat(runs.of(entry.subject()).getFirst().boundTo()).isEqualTo(entry.tenant());
            assertThat(organisations.entry(entry.tenant(), TestJobs.RECORD, entry.subject()))
                    .as("off the timetable").isEqualTo(Optional.empty());
        });
    }

    private static void runOnStart(Timekeeper timekeeper, List<DueEntry> due, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        timekeeper.run(due);
    }
}
