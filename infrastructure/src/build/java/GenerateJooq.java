import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Build-time program: generates the jOOQ classes from a real PostgreSQL.
 *
 * <p>It starts an embedded PostgreSQL, creates the roles exactly as production does, applies the
 * Liquibase master changelog as the owner role, and lets jOOQ read the resulting schemas. Reading a
 * real database (rather than jOOQ's Liquibase simulation) keeps enums, functions and policies honest.
 * Generation is skipped when neither the changelogs nor the type mapping changed since the last run.
 *
 * <p>Columns are mapped onto the application's types rather than converted by hand at every use:
 * every {@code timestamptz} onto {@link java.time.Instant}, and each text column named in the type
 * mapping file onto its enum (stored by the constant's name).
 *
 * <p>Arguments: resources folder (holding {@code db/}), type mapping file (properties: a column's
 * qualified name as a regular expression, to the enum's class name), output folder, target package.
 */
public class GenerateJooq {

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]);
        Path typeMapping = Path.of(args[1]);
        Path output = Path.of(args[2]);
        String targetPackage = args[3];

        Path stamp = output.resolve(".changelog-sha256");
        String digest = digestOf(resources.resolve("db"), typeMapping);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("jOOQ classes are up to date with the changelog.");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start()) {
            // Built by hand: zonky's own URL carries user=postgres, which would override the user below.
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "")) {
                superuser.createStatement().execute(Files.readString(resources.resolve("db/roles.sql")));
            }
            try (Connection owner = DriverManager.getConnection(url, "sharewell_owner", "")) {
                applyChangelog(owner, resources);
            }
            List<String> schemas = new ArrayList<>();
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
                 var rows = superuser.createStatement().executeQuery("""
                         select nspname from pg_namespace
                         where nspname not like 'pg\\_%' and nspname not in ('information_schema', 'public')
                         order by nspname""")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withSchemata(schemas.stream()
                                            .map(schema -> new SchemaMappingType().withInputSchema(schema))
                                            .toList())
                                    .withForcedTypes(forcedTypes(typeMapping)))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(targetPackage)
                                    .withDirectory(output.toString()))));
        }
        Files.writeString(stamp, digest);
    }

    private static List<ForcedType> forcedTypes(Path typeMapping) throws Exception {
        var enums = new Properties();
        try (var reader = Files.newBufferedReader(typeMapping)) {
            enums.load(reader);
        }
        var types = new ArrayList<ForcedType>();
        types.add(new ForcedType().withName("INSTANT").withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone)"));
        for (String column : enums.stringPropertyNames().stream().sorted().toList()) {
            types.add(new ForcedType().withUserType(enums.getProperty(column).strip()).withEnumConverter(true)
                    .withIncludeExpression(column.strip()).withIncludeTypes("(?i:text)"));
        }
        return types;
    }

    private static void applyChangelog(Connection connection, Path resources) throws Exception {
        var database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(resources)), () ->
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/master.yaml")
                        .execute());
    }

    private static String digestOf(Path folder, Path typeMapping) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Files.readAllBytes(typeMapping));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(folder.relativize(file).toString().getBytes());
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
