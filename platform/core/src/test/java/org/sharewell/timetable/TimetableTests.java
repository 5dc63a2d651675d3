package org.sharewell.timetable;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.TestJobs.Organisations;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What scheduling and cancelling do to an organisation's timetable, and when they are refused. */
@ApplicationModuleTest(module = "timetable", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"database", "tenancy"})
@Import(TestJobs.class)
class TimetableTests {

    /** Far enough ahead that the timekeeper never runs the entries of these tests. */
    static final Instant LATER = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    final Timetable timetable;
    final Organisations organisations;
    final TransactionTemplate transaction;

    TimetableTests(Timetable timetable, Organisations organisations, TransactionTemplate transaction) {
        this.timetable = timetable;
        this.organisations = organisations;
        this.transaction = transaction;
    }

    @Test
    void schedulingAgainKeepsTheEarlierDueTime() {
        TenantId tenant = organisations.register("earlier");
        UUID subject = UUID.randomUUID();

        organisations.schedule(tenant, TestJobs.RECORD, subject, LATER.plus(Duration.ofHours(2)));
        organisations.schedule(tenant, TestJobs.RECORD, subject, LATER.plus(Duration.ofHours(1)));
        organisations.schedule(tenant, TestJobs.RECORD, subject, LATER.plus(Duration.ofHours(3)));

        assertThat(organisations.dueAt(tenant, TestJobs.RECORD, subject)).contains(LATER.plus(Duration.ofHours(1)));
    }

    @Test
    void cancelledWorkIsOffTheTimetable() {
        TenantId tenant = organisations.register("cancel");
        UUID subject = UUID.randomUUID();
        organisations.schedule(tenant, TestJobs.RECORD, subject, LATER);

        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> timetable.cancel(TestJobs.RECORD, subject)));

        assertThat(organisations.entry(tenant, TestJobs.RECORD, subject)).isEmpty();
    }

    @Test
    void aRolledBackTransactionSchedulesNothing() {
        TenantId tenant = organisations.register("rollback");
        UUID subject = UUID.randomUUID();

        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
            timetable.schedule(TestJobs.RECORD, subject, LATER);
            status.setRollbackOnly();
        }));

        assertThat(organisations.entry(tenant, TestJobs.RECORD, subject)).isEmpty();
    }

    @Test
    void workIsScheduledOnlyInsideATransactionForAnOrganisation() {
        TenantId tenant = organisations.register("refused");
        UUID subject = UUID.randomUUID();

        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> timetable.schedule(TestJobs.RECORD, subject, LATER)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> timetable.schedule(TestJobs.RECORD, subject, LATER)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No tenant");
        assertThat(organisations.entry(tenant, TestJobs.RECORD, subject)).isEmpty();
    }
}
