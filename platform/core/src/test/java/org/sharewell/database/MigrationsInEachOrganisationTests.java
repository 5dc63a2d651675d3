package org.sharewell.database;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.sharewell.tenancy.TenantId;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * tenancy.in_each_organisation, the one way a migration does work for every organisation already
 * there (as licensing-3, licensing-5 and mail-3 do): each organisation is bound in turn and writes
 * only its own rows, and only the owner that runs migrations may call it.
 */
@IntegrationTest
class MigrationsInEachOrganisationTests {

    private static final String WORK = "CALL tenancy.in_each_organisation($work$"
            + " INSERT INTO timetable.entry (tenant_id, job, subject, due_at, scheduled_at)"
            + " SELECT tenancy.current_tenant(), 'test.migration', tenancy.current_tenant(), now(), now() $work$)";

    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate application;
    @Value("${spring.liquibase.url}")
    String url;
    @Value("${spring.liquibase.user}")
    String owner;
    @Value("${spring.liquibase.password}")
    String ownerPassword;

    @Test
    void eachOrganisationIsBoundInTurnAndGetsOnlyItsOwnRows() {
        var red = organisations.register("red");
        var blue = organisations.register("blue");

        try (var connection = new SingleConnectionDataSource(url, owner, ownerPassword, true)) {
            new JdbcTemplate(connection).execute(WORK);
        }

        for (TenantId organisation : List.of(red, blue)) {
            List<UUID> subjects = organisations.inTransaction(organisation, sql -> sql.queryForList(
                    "SELECT subject FROM timetable.entry WHERE job = 'test.migration'", UUID.class));
            assertThat(subjects).containsExactly(organisation.value());
        }
    }

    @Test
    void theApplicationMayNotCallIt() {
        assertThatThrownBy(() -> application.execute(WORK)).rootCause().hasMessageContaining("permission denied");
    }
}
