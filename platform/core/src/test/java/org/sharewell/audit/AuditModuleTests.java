package org.sharewell.audit;

import org.junit.jupiter.api.Test;
import org.sharewell.Organisations;
import org.sharewell.kernel.PageRequest;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module with the one module it listens to, tenancy (and the database): an event any
 * module publishes as {@link Auditable} becomes an entry in its own organisation's log, and so does
 * tenancy's {@code TenantSettingsChanged}, though tenancy knows nothing of auditing; Sharewell's own
 * work is named as Sharewell. Each scenario runs inside the organisation, so its transaction is bound
 * to it as a request's is.
 *
 * <p>Tenancy is named: audit uses its types and events but none of its beans, and Spring Modulith
 * bootstraps only the direct dependencies whose beans a module uses.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"database", "tenancy"})
@Import(Organisations.class)
class AuditModuleTests {

    final AuditLog auditLog;
    final TenantSettings settings;
    final Organisations organisations;

    AuditModuleTests(AuditLog auditLog, TenantSettings settings, Organisations organisations) {
        this.auditLog = auditLog;
        this.settings = settings;
        this.organisations = organisations;
    }

    @Test
    void anAuditableEventBecomesAnEntryInItsOrganisationsLog(Scenario scenario) {
        TenantId tenant = organisations.register("log");

        TenantScope.runAs(tenant, () -> scenario.publish(Noted.in(tenant, "Person added"))
                .andWaitForStateChange(() -> entriesOf(tenant), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(new Actor(null, "Test runner"));
                    assertThat(entry.area()).isEqualTo(AuditArea.PEOPLE);
                    assertThat(entry.action()).isEqualTo("Person added");
                    assertThat(entry.subject()).isEqualTo("Jo Bloggs");
                    assertThat(entry.after()).isEqualTo("Jo Bloggs, member");
                })));
    }

    @Test
    @WithMockUser(username = "jo@example.org", roles = "ADMIN")
    void aChangeOfSettingsBecomesAnEntryNamingWhoMadeIt(Scenario scenario) {
        TenantId tenant = organisations.register("settings");

        TenantScope.runAs(tenant, () -> scenario.stimulate(() -> settings.change("Renamed group", null))
                .andWaitForStateChange(() -> entriesOf(tenant), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(new Actor(null, "jo@example.org"));
                    assertThat(entry.area()).isEqualTo(AuditArea.SETTINGS);
                    assertThat(entry.subject()).isEqualTo("Renamed group");
                    assertThat(entry.before()).isEqualTo("Name: The settings group; colour: none");
                })));
    }

    @Test
    void sharewellsOwnWorkIsRecordedAsSharewell(Scenario scenario) {
        TenantId tenant = organisations.register("automatic");

        TenantScope.runAs(tenant, () -> scenario
                .publish(() -> Organisations.asSharewell(tenant, () -> new Noted(tenant, new AuditRecord(Actor.current(),
                        AuditArea.LICENCES, "Licence expired", "Jo Bloggs", "Licence to post", ""))))
                .andWaitForStateChange(() -> entriesOf(tenant), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement()
                        .satisfies(entry -> assertThat(entry.actor()).isEqualTo(Actor.sharewell()))));
    }

    /** Read as the organisation's admin, on whichever thread asks: the wait asks from one of its own. */
    private List<AuditEntry> entriesOf(TenantId tenant) {
        return Organisations.asAdmin(tenant, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(0, 50)).items());
    }
}
