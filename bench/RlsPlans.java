import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the tenant policy costs, depending on how it names the bound tenant: the same query, on the
 * same data, under the application role, with the policy spelling the setting out (as every table
 * did before), calling tenancy.current_tenant() (inlined by PostgreSQL, as now), and calling a
 * function PostgreSQL cannot inline (plpgsql, stable and volatile), to show why the function is written as it is.
 *
 * <p>Run by bench/rls-plans.sh, which builds the classpath. Arguments: the resources folder
 * holding db/ (the changelogs), organisations, people per organisation, timed runs per variant.
 */
public class RlsPlans {

    private static final String SETTING = "NULLIF(current_setting('app.tenant_id', true), '')::uuid";

    /** The policy variants: a name for the report, and the expression for the bound tenant. */
    private static final List<String[]> VARIANTS = List.of(
            new String[] {"setting spelled out (before)", SETTING},
            new String[] {"tenancy.current_tenant() (now)", "tenancy.current_tenant()"},
            new String[] {"a plpgsql function (not inlinable, stable)", "bench.plpgsql_tenant()"},
            new String[] {"a plpgsql function left volatile (the default)", "bench.volatile_tenant()"});

    /** Rounds of timing, the variants taking turns in each, so that a busy spell or a warming JIT lands on all. */
    private static final int ROUNDS = 5;

    private static final String LIST = "SELECT id, full_name FROM people.person WHERE erased_at IS NULL "
            + "ORDER BY lower(full_name), id LIMIT 50";
    private static final String ONE = "SELECT full_name FROM people.person WHERE id = ?::uuid";

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]);
        int organisations = Integer.parseInt(args[1]);
        int peopleEach = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "")) {
                superuser.createStatement().execute(Files.readString(resources.resolve("db/roles.sql")));
            }
            try (Connection owner = DriverManager.getConnection(url, "sharewell_owner", "")) {
                migrate(owner, resources);
            }
            UUID tenant;
            UUID person;
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "")) {
                var ids = load(superuser, organisations, peopleEach);
                tenant = ids[0];
                person = ids[1];
                superuser.createStatement().execute("""
                        CREATE SCHEMA bench;
                        GRANT USAGE ON SCHEMA bench TO sharewell_app;
                        CREATE FUNCTION bench.plpgsql_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
                        BEGIN RETURN NULLIF(current_setting('app.tenant_id', true), '')::uuid; END $$;
                        CREATE FUNCTION bench.volatile_tenant() RETURNS uuid LANGUAGE plpgsql AS $$
                        BEGIN RETURN NULLIF(current_setting('app.tenant_id', true), '')::uuid; END $$;
                        """);
            }
            System.out.printf("%d organisations, %d people each (%,d rows in people.person); the median of %d rounds "
                    + "of %d executions each%n%n", organisations, peopleEach, (long) organisations * peopleEach, ROUNDS, runs);
            for (String[] variant : VARIANTS) {
                usePolicy(url, variant[1]);
                try (Connection app = DriverManager.getConnection(url, "sharewell_app", "")) {
                    app.setAutoCommit(false);
                    bind(app, tenant);
                    System.out.println("### " + variant[0]);
                    System.out.println();
                    System.out.println("```");
                    plan(app, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + LIST, null);
                    plan(app, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + ONE, person);
                    System.out.println("```");
                    System.out.println();
                    app.rollback();
                }
            }
            var lists = new ArrayList<List<Double>>();
            var ones = new ArrayList<List<Double>>();
            VARIANTS.forEach(variant -> {
                lists.add(new ArrayList<>());
                ones.add(new ArrayList<>());
            });
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < VARIANTS.size(); i++) {
                    usePolicy(url, VARIANTS.get(i)[1]);
                    try (Connection app = DriverManager.getConnection(url, "sharewell_app", "")) {
                        app.setAutoCommit(false);
                        bind(app, tenant);
                        // The volatile variant scans the whole table each time: fewer runs measure it well enough.
                        int times = i == VARIANTS.size() - 1 ? Math.max(20, runs / 50) : runs;
                        lists.get(i).add(time(app, LIST, null, times));
                        ones.get(i).add(time(app, ONE, person, times));
                        app.rollback();
                    }
                }
            }
            var results = new ArrayList<double[]>();
            for (int i = 0; i < VARIANTS.size(); i++) {
                results.add(new double[] {median(lists.get(i)), median(ones.get(i))});
            }
            System.out.println("| policy names the tenant by | list 50 people, ms | one person by id, ms | list ÷ before | by id ÷ before |");
            System.out.println("|---|---|---|---|---|");
            for (int i = 0; i < VARIANTS.size(); i++) {
                double[] r = results.get(i);
                System.out.printf("| %s | %.3f | %.3f | %.2f | %.2f |%n", VARIANTS.get(i)[0], r[0], r[1],
                        r[0] / results.get(0)[0], r[1] / results.get(0)[1]);
            }
        }
    }

    private static void usePolicy(String url, String tenantExpression) throws SQLException {
        try (Connection superuser = DriverManager.getConnection(url, "postgres", "")) {
            superuser.createStatement().execute("ALTER POLICY tenant_isolation ON people.person USING (tenant_id = "
                    + tenantExpression + ") WITH CHECK (tenant_id = " + tenantExpression + ")");
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void migrate(Connection owner, Path resources) throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(owner));
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(resources)), () ->
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/master.yaml")
                        .execute());
    }

    /** Organisations and their people, as the superuser (who bypasses row-level security); one of each to query. */
    private static UUID[] load(Connection superuser, int organisations, int peopleEach) throws SQLException {
        superuser.createStatement().execute("""
                INSERT INTO tenancy.tenant (id, slug, name, kind)
                SELECT gen_random_uuid(), 'org-' || n, 'Organisation ' || n, 'LOCAL_GROUP' FROM generate_series(1, %d) n;
                INSERT INTO people.person (tenant_id, id, full_name, kind)
                SELECT t.id, gen_random_uuid(), 'Person ' || p || ' of ' || t.slug, 'MEMBER'
                FROM tenancy.tenant t, generate_series(1, %d) p;
                ANALYZE;
                """.formatted(organisations, peopleEach));
        try (var rows = superuser.createStatement().executeQuery(
                "SELECT tenant_id, id FROM people.person ORDER BY tenant_id, id OFFSET " + (organisations / 2 * peopleEach) + " LIMIT 1")) {
            rows.next();
            return new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)};
        }
    }

    private static void bind(Connection app, UUID tenant) throws SQLException {
        try (var bind = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant.toString());
            bind.execute();
        }
    }

    private static void plan(Connection app, String sql, UUID person) throws SQLException {
        try (var statement = app.prepareStatement(sql)) {
            if (person != null) {
                statement.setString(1, person.toString());
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    System.out.println(rows.getString(1));
                }
            }
        }
    }

    /** Mean milliseconds per execution of a prepared statement, after a warm-up. */
    private static double time(Connection app, String sql, UUID person, int runs) throws SQLException {
        try (var statement = app.prepareStatement(sql)) {
            for (int i = 0; i < runs / 10 + 10; i++) {
                execute(statement, person);
            }
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                execute(statement, person);
            }
            return (System.nanoTime() - start) / 1e6 / runs;
        }
    }

    private static void execute(java.sql.PreparedStatement statement, UUID person) throws SQLException {
        if (person != null) {
            statement.setString(1, person.toString());
        }
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getString(1);
            }
        }
    }
}
