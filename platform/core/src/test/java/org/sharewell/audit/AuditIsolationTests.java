package org.sharewell.audit;

import org.sharewell.kernel.PageRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each tenant's log is its own, and nobody, not even the application itself, can rewrite it. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class AuditIsolationTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    Organisations organisations;

    TenantId red;
    TenantId blue;
    UUID redEntry;

    @BeforeEach
    void twoTenantsWithAnEntryEach() {
        var rows = new AuditRows(organisations);
        red = organisations.register("audit");
        blue = organisations.register("audit");
        redEntry = rows.insert(red, Instant.parse("2026-06-01T10:00:00Z"), new Actor(null, "Red admin"),
                AuditArea.SETTINGS, "Red change", "Red group", "", "");
        rows.insert(blue, Instant.parse("2026-06-01T10:00:00Z"), new Actor(null, "Blue admin"),
                AuditArea.SETTINGS, "Blue change", "Blue group", "", "");
    }

    @Test
    void eachTenantSeesOnlyItsOwnEntries() {
        assertThat(TenantScope.callAs(red, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(0, 50)).items()))
                .extracting(AuditEntry::action).containsExactly("Red change");
        assertThat(TenantScope.callAs(blue, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(0, 50)).items()))
                .extracting(AuditEntry::action).containsExactly("Blue change");
        List<String> asked = organisations.inTransaction(red, sql -> sql.queryForList("SELECT action FROM audit.entry", String.class));
        assertThat(asked).as("even asking the database directly").containsExactly("Red change");
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorRemoveEntries() {
        for (String sql : List.of("UPDATE audit.entry SET actor_name = 'Someone else'",
                "DELETE FROM audit.entry", "TRUNCATE audit.entry")) {
            assertThatThrownBy(() -> organisations.inTransaction(red, database -> database.update(sql)))
                    .as(sql).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
        String actor = organisations.inTransaction(red,
                sql -> sql.queryForObject("SELECT actor_name FROM audit.entry WHERE id = ?", String.class, redEntry));
        assertThat(actor).isEqualTo("Red admin");
    }
}
