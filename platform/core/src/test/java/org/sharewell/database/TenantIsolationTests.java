package org.sharewell.database;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Isolation is enforced by PostgreSQL itself: these tests talk to the database as the application
 * role, through the platform's own transaction manager, with canary rows in two tenants.
 */
@IntegrationTest
class TenantIsolationTests {

    @Autowired
    Organisations organisations;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;

    JdbcTemplate jdbc;
    TenantId red;
    TenantId blue;

    @BeforeEach
    void twoTenantsWithCanaries() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        red = organisations.signUpDirectly("red", TenantKind.LOCAL_GROUP).tenant().id();
        blue = organisations.signUpDirectly("blue", TenantKind.LOCAL_GROUP).tenant().id();
        organisations.inTransaction(red, sql -> sql.update(
                "INSERT INTO tenancy.branding (tenant_id, primary_colour) VALUES (?, '#aa0000')", red.value()));
        organisations.inTransaction(blue, sql -> sql.update(
                "INSERT INTO tenancy.branding (tenant_id, primary_colour) VALUES (?, '#0000aa')", blue.value()));
    }

    @Test
    void connectsAsTheApplicationRoleThatCannotBypassRowLevelSecurity() {
        var role = jdbc.queryForMap("SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
        assertThat(role).containsEntry("name", "sharewell_app").containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }

    @Test
    void eachTenantSeesOnlyItsOwnRows() {
        assertThat(organisations.inTransaction(red, TenantIsolationTests::colours)).containsExactly("#aa0000");
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::colours)).containsExactly("#0000aa");
        assertThat(organisations.inTransaction(red, TenantIsolationTests::emails)).singleElement().asString().startsWith("admin@red-");
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::emails)).singleElement().asString().startsWith("admin@blue-");
        assertThat(organisations.inTransaction(red, TenantIsolationTests::people)).singleElement().asString().startsWith("admin@red-");
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::people)).singleElement().asString().startsWith("admin@blue-");
    }

    @Test
    void withNoTenantBoundNothingIsVisible() {
        List<String> colours = transaction.execute(status -> colours(jdbc));
        List<String> emails = transaction.execute(status -> emails(jdbc));
        assertThat(colours).isEmpty();
        assertThat(emails).isEmpty();
        List<String> people = transaction.execute(status -> people(jdbc));
        assertThat(people).isEmpty();
        assertThat(colours(jdbc)).as("outside a transaction too").isEmpty();
    }

    @Test
    void withNoTenantBoundWritesAreRejected() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO accounts.account (tenant_id, id, email, display_name, password_hash) VALUES (?, ?, 'x@example.org', 'X', 'h')",
                red.value(), UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void writingARowForAnotherTenantIsRejected() {
        assertThatThrownBy(() -> organisations.inTransaction(red, sql -> sql.update(
                "INSERT INTO accounts.account (tenant_id, id, email, display_name, password_hash) VALUES (?, ?, 'spy@example.org', 'Spy', 'h')",
                blue.value(), UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::emails)).noneMatch(email -> email.startsWith("spy@"));
    }

    @Test
    void anotherTenantsRowsCannotBeChangedOrDeleted() {
        int updated = organisations.inTransaction(red, sql -> sql.update(
                "UPDATE tenancy.branding SET primary_colour = '#000000' WHERE tenant_id = ?", blue.value()));
        int deleted = organisations.inTransaction(red, sql -> sql.update(
                "DELETE FROM accounts.account WHERE tenant_id = ?", blue.value()));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::colours)).containsExactly("#0000aa");
        assertThat(organisations.inTransaction(blue, TenantIsolationTests::emails)).hasSize(1);
    }

    private static List<String> colours(JdbcTemplate sql) {
        return sql.queryForList("SELECT primary_colour FROM tenancy.branding ORDER BY 1", String.class);
    }

    private static List<String> people(JdbcTemplate sql) {
        return sql.queryForList("SELECT p.email FROM people.person p JOIN people.key_role r ON r.person_id = p.id ORDER BY 1", String.class);
    }

    private static List<String> emails(JdbcTemplate sql) {
        return sql.queryForList("SELECT email FROM accounts.account ORDER BY 1", String.class);
    }
}
