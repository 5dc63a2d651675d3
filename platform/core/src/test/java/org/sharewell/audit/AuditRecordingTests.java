package org.sharewell.audit;

import org.sharewell.kernel.PageRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Changes are recorded with their actor, in the same transaction as the change, for the event's own tenant. */
@IntegrationTest
@WithMockUser(username = "jo@example.org", roles = "ADMIN")
class AuditRecordingTests {

    @Autowired
    TenantSettings settings;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Organisations organisations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    TenantId tenant;

    @BeforeEach
    void anOrganisation() throws Exception {
        tenant = organisations.signUpDirectly("Audit test", TenantKind.LOCAL_GROUP).tenant().id();
    }

    @Test
    void aSettingsChangeIsRecordedWithWhoBeforeAndAfter() {
        Instant before = Instant.now();
        TenantScope.runAs(tenant, () -> settings.change("Renamed group", "#0B5394"));

        assertThat(entriesOf(tenant)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(new Actor(null, "jo@example.org"));
            assertThat(entry.area()).isEqualTo(AuditArea.SETTINGS);
            assertThat(entry.action()).isEqualTo("Name and colour changed");
            assertThat(entry.subject()).isEqualTo("Renamed group");
            assertThat(entry.before()).isEqualTo("Name: Audit test group; colour: none");
            assertThat(entry.after()).isEqualTo("Name: Renamed group; colour: #0b5394");
            assertThat(entry.occurredAt()).isCloseTo(before, within(Duration.ofMinutes(1)));
        });
    }

    @Test
    void savingTheSameSettingsAgainRecordsNothingNew() {
        TenantScope.runAs(tenant, () -> settings.change("Renamed group", "#0b5394"));
        TenantScope.runAs(tenant, () -> settings.change("Renamed group ", "#0B5394"));

        assertThat(entriesOf(tenant)).hasSize(1);
    }

    @Test
    void addingAndRemovingALogoAreRecorded() throws IOException {
        byte[] png = png();
        TenantScope.runAs(tenant, () -> settings.changeLogo(png));
        TenantScope.runAs(tenant, () -> settings.removeLogo());
        TenantScope.runAs(tenant, () -> settings.removeLogo());

        assertThat(entriesOf(tenant)).extracting(AuditEntry::action, AuditEntry::before, AuditEntry::after)
                .containsExactly(
                        tuple("Logo removed", "Logo: PNG image, 1 KB", "Logo: none"),
                        tuple("Logo added", "Logo: none", "Logo: PNG image, 1 KB"));
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
            settings.change("Never saved", null);
            throw new IllegalStateException("a later step of the same work failed");
        }))).hasMessageContaining("later step");

        assertThat(TenantScope.callAs(tenant, () -> settings.tenant()).name()).isEqualTo("Audit test group");
        assertThat(entriesOf(tenant)).isEmpty();
    }

    @Test
    void anEventPublishedOutsideATransactionIsRecordedForItsOwnTenant() throws Exception {
        TenantId bystander = organisations.signUpDirectly("Audit test", TenantKind.LOCAL_GROUP).tenant().id();

        // No transaction, and another tenant in scope: the event's tenant is the one that counts.
        TenantScope.runAs(bystander, () -> events.publishEvent(Noted.in(tenant, "Person added")));

        assertThat(entriesOf(tenant)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("Person added");
            assertThat(entry.actor()).isEqualTo(new Actor(null, "Test runner"));
            assertThat(entry.area()).isEqualTo(AuditArea.PEOPLE);
        });
        assertThat(entriesOf(bystander)).isEmpty();
    }

    @Test
    void anEventCannotWriteIntoAnotherTenantsLogFromThisTenantsTransaction() throws Exception {
        TenantId intruder = organisations.signUpDirectly("Audit test", TenantKind.LOCAL_GROUP).tenant().id();

        assertThatThrownBy(() -> TenantScope.runAs(intruder, () -> transaction.executeWithoutResult(
                status -> events.publishEvent(Noted.in(tenant, "Person added")))))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");

        assertThat(entriesOf(tenant)).isEmpty();
        assertThat(entriesOf(intruder)).isEmpty();
    }

    private List<AuditEntry> entriesOf(TenantId tenant) {
        return TenantScope.callAs(tenant, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(0, 50)).items());
    }

    private static byte[] png() throws IOException {
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
