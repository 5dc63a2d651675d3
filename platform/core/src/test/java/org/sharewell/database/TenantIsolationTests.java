package org.sharewell.database;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
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
    SignUp signUp;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;

    JdbcTemplate jdbc;
    TenantId red;
    TenantId blue;

    @BeforeEach
    void twoTenantsWithCanaries() {
        jdbc = new JdbcTemplate(dataSource);
        red = signUpTenant("red");
        blue = signUpTenant("blue");
        as(red, () -> jdbc.update("INSERT INTO tenancy.branding (tenant_id, primary_colour) VALUES (?, '#aa0000')", red.value()));
        as(blue, () -> jdbc.update("INSERT INTO tenancy.branding (tenant_id, primary_colour) VALUES (?, '#0000aa')", blue.value()));
    }

    @Test
    void connectsAsTheApplicationRoleThatCannotBypassRowLevelSecurity() {
        var role = jdbc.queryForMap("SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
        assertThat(role).containsEntry("name", "sharewell_app").containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
    }

    @Test
    void eachTenantSeesOnlyItsOwnRows() {
        assertThat(as(red, () -> colours())).containsExactly("#aa0000");
        assertThat(as(blue, () -> colours())).containsExactly("#0000aa");
        assertThat(as(red, () -> emails())).singleElement().asString().startsWith("admin@red-");
        assertThat(as(blue, () -> emails())).singleElement().asString().startsWith("admin@blue-");
        assertThat(as(red, () -> people())).singleElement().asString().startsWith("admin@red-");
        assertThat(as(blue, () -> people())).singleElement().asString().startsWith("admin@blue-");
    }

    @Test
    void withNoTenantBoundNothingIsVisible() {
        List<String> colours = transaction.execute(status -> colours());
        List<String> emails = transaction.execute(status -> emails());
        assertThat(colours).isEmpty();
        assertThat(emails).isEmpty();
        List<String> people = transaction.execute(status -> people());
        assertThat(people).isEmpty();
        assertThat(colours()).as("outside a transaction too").isEmpty();
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
        assertThatThrownBy(() -> as(red, () -> jdbc.update(
                "INSERT INTO accounts.account (tenant_id, id, email, display_name, password_hash) VALUES (?, ?, 'spy@example.org', 'Spy', 'h')",
                blue.value(), UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");
        assertThat(as(blue, () -> emails())).noneMatch(email -> email.startsWith("spy@"));
    }

    @Test
    void anotherTenantsRowsCannotBeChangedOrDeleted() {
        int updated = as(red, () -> jdbc.update("UPDATE tenancy.branding SET primary_colour = '#000000' WHERE tenant_id = ?", blue.value()));
        int deleted = as(red, () -> jdbc.update("DELETE FROM accounts.account WHERE tenant_id = ?", blue.value()));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(as(blue, () -> colours())).containsExactly("#0000aa");
        assertThat(as(blue, () -> emails())).hasSize(1);
    }

    private List<String> colours() {
        return jdbc.queryForList("SELECT primary_colour FROM tenancy.branding ORDER BY 1", String.class);
    }

    private List<String> people() {
        return jdbc.queryForList("SELECT p.email FROM people.person p JOIN people.key_role r ON r.person_id = p.id ORDER BY 1", String.class);
    }

    private List<String> emails() {
        return jdbc.queryForList("SELECT email FROM accounts.account ORDER BY 1", String.class);
    }

    private <T> T as(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }

    private TenantId signUpTenant(String colour) {
        String slug = colour + "-" + UUID.randomUUID().toString().substring(0, 8);
        return signUp.signUp(new SignUpForm(colour + " organisation", slug, TenantKind.LOCAL_GROUP, "Admin",
                "admin@" + slug + ".example", "correct horse battery staple")).tenant().id();
    }
}
