package org.sharewell.timetable;

import org.sharewell.kernel.AutomaticWork;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Jobs for testing the timetable, which note every run in {@link Runs}, and a few ways to look at
 * and write the timetable as an organisation would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobs {

    /** Notes the run, and which organisations' entries the job can see. */
    public static final JobName RECORD = JobName.of("test.record");
    /** Fails while the subject is in {@link Runs#failing}, having first scheduled work (which must be undone). */
    public static final JobName FAIL = JobName.of("test.fail");
    /** Runs three times for a subject, each time putting itself on the timetable a moment later. */
    public static final JobName REPEAT = JobName.of("test.repeat");

    public static final String PROBLEM = "The test job was told to fail.";
    public static final Duration FAIL_PAUSE = Duration.ofMillis(300);
    public static final Duration REPEAT_PAUSE = Duration.ofMillis(200);
    public static final int REPEATS = 3;

    /** One run of a test job. */
    public record Run(JobName job, UUID subject, TenantId boundTo, Set<UUID> visibleTenants, boolean asSharewell,
                      Instant at) {
    }

    /** Every run of a test job, and which subjects the failing job is failing for. */
    public static final class Runs {

        private final List<Run> runs = new CopyOnWriteArrayList<>();
        public final Set<UUID> failing = ConcurrentHashMap.newKeySet();

        public List<Run> of(UUID subject) {
            return runs.stream().filter(run -> run.subject().equals(subject)).toList();
        }

        /** How many times each of the subjects ran. */
        public Map<UUID, Long> countsOf(Set<UUID> subjects) {
            return runs.stream().filter(run -> subjects.contains(run.subject()))
                    .collect(Collectors.groupingBy(Run::subject, Collectors.counting()));
        }

        void add(Run run) {
            runs.add(run);
        }
    }

    /** Reads and writes the timetable of an organisation as its own work would. */
    public static final class Organisations {

        private final Tenants tenants;
        private final TransactionTemplate transaction;
        private final Timetable timetable;
        private final JdbcTemplate sql;

        Organisations(Tenants tenants, TransactionTemplate transaction, Timetable timetable, DataSource dataSource) {
            this.tenants = tenants;
            this.transaction = transaction;
            this.timetable = timetable;
            this.sql = new JdbcTemplate(dataSource);
        }

        public TenantId register(String name) {
            TenantId id = TenantId.random();
            Slug slug = new Slug(name + "-" + id.toString().substring(0, 8));
            TenantScope.runAs(id, () -> transaction.executeWithoutResult(
                    status -> tenants.register(id, slug, "The " + name + " group", TenantKind.LOCAL_GROUP)));
            return id;
        }

        public void schedule(TenantId tenant, JobName job, UUID subject, Instant dueAt) {
            TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(
                    status -> timetable.schedule(job, subject, dueAt)));
        }

        /** The entry as the organisation sees it, if it is on the timetable. */
        public Optional<Map<String, Object>> entry(TenantId tenant, JobName job, UUID subject) {
            return TenantScope.callAs(tenant, () -> transaction.execute(status -> sql.queryForList(
                    "SELECT due_at, failures, last_problem FROM timetable.entry WHERE job = ? AND subject = ?",
                    job.value(), subject).stream().findFirst()));
        }

        public Optional<Instant> dueAt(TenantId tenant, JobName job, UUID subject) {
            return entry(tenant, job, subject).map(row -> ((Timestamp) row.get("due_at")).toInstant());
        }
    }

    @Bean
    Runs runs() {
        return new Runs();
    }

    @Bean
    Organisations testOrganisations(Tenants tenants, TransactionTemplate transaction, Timetable timetable,
                                    DataSource dataSource) {
        return new Organisations(tenants, transaction, timetable, dataSource);
    }

    @Bean
    TimedJob recordingJob(Runs runs, DataSource dataSource, Clock clock) {
        var sql = new JdbcTemplate(dataSource);
        return job(RECORD, subject -> runs.add(new Run(RECORD, subject, TenantScope.required(),
                Set.copyOf(sql.queryForList("SELECT DISTINCT tenant_id FROM timetable.entry", UUID.class)),
                AutomaticWork.isRunning(), clock.instant())));
    }

    @Bean
    TimedJob failingJob(Runs runs, Timetable timetable, Clock clock) {
        return new TimedJob() {
            @Override
            public JobName name() {
                return FAIL;
            }

            @Override
            public void run(UUID subject) {
                if (runs.failing.contains(subject)) {
                    timetable.schedule(RECORD, subject, clock.instant());
                    throw new IllegalStateException(PROBLEM + "\n\tat a line of a stack trace that must not be kept");
                }
                runs.add(new Run(FAIL, subject, TenantScope.required(), Set.of(), AutomaticWork.isRunning(), clock.instant()));
            }

            @Override
            public Duration pauseAfter(int failures) {
                return FAIL_PAUSE;
            }
        };
    }

    @Bean
    TimedJob repeatingJob(Runs runs, Timetable timetable, Clock clock) {
        return job(REPEAT, subject -> {
            Instant now = clock.instant();
            runs.add(new Run(REPEAT, subject, TenantScope.required(), Set.of(), AutomaticWork.isRunning(), now));
            if (runs.of(subject).size() < REPEATS) {
                timetable.schedule(REPEAT, subject, now.plus(REPEAT_PAUSE));
            }
        });
    }

    private static TimedJob job(JobName name, java.util.function.Consumer<UUID> work) {
        return new TimedJob() {
            @Override
            public JobName name() {
                return name;
            }

            @Override
            public void run(UUID subject) {
                work.accept(subject);
            }
        };
    }
}
