package org.sharewell.audit;

import org.sharewell.kernel.PageRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the log: order, paging and filters (with UK days), and who may read it. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class AuditLogTests {

    static final Actor PRIYA = new Actor(null, "Priya Shah");
    static final Actor TOM = new Actor(null, "Tom Evans");

    @Autowired
    AuditLog auditLog;
    @Autowired
    Organisations organisations;

    TenantId tenant;
    AuditRows rows;

    @BeforeEach
    void anOrganisationWithThreeChanges() {
        tenant = organisations.register("audit");
        rows = new AuditRows(organisations);
        rows.insert(tenant, Instant.parse("2026-05-31T12:00:00Z"), PRIYA, AuditArea.SETTINGS, "Name and colour changed",
                "Brookfield CVS", "Name: Brookfield; colour: none", "Name: Brookfield CVS; colour: none");
        // 00:30 on 2 June in the UK (British Summer Time), though still 1 June in UTC.
        rows.insert(tenant, Instant.parse("2026-06-01T23:30:00Z"), TOM, AuditArea.PEOPLE, "Person added",
                "Jo Bloggs", "", "Jo Bloggs, member");
        rows.insert(tenant, Instant.parse("2026-06-03T09:00:00Z"), Actor.sharewell(), AuditArea.LICENCES,
                "Licence expired", "Jo Bloggs", "Licence to post", "");
    }

    @Test
    void theWholeLogComesNewestFirstAPageAtATime() {
        assertThat(actions(AuditFilter.EVERYTHING)).containsExactly("Licence expired", "Person added", "Name and colour changed");
        assertThat(TenantScope.callAs(tenant, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(1, 1)).items()))
                .extracting(AuditEntry::action).containsExactly("Person added");
        assertThat(count(AuditFilter.EVERYTHING)).isEqualTo(3);
    }

    @Test
    void filtersByAreaWhoAndText() {
        assertThat(actions(AuditFilter.EVERYTHING.withArea(AuditArea.PEOPLE))).containsExactly("Person added");
        assertThat(actions(AuditFilter.EVERYTHING.withWho("  PRIYA "))).containsExactly("Name and colour changed");
        assertThat(actions(AuditFilter.EVERYTHING.withText("jo bloggs"))).containsExactly("Licence expired", "Person added");
        assertThat(actions(AuditFilter.EVERYTHING.withText("to post").withArea(AuditArea.PEOPLE))).isEmpty();
        assertThat(count(AuditFilter.EVERYTHING.withText("jo bloggs"))).isEqualTo(2);
    }

    @Test
    void whatPeopleTypeIsMatchedLiterallyNotAsAPattern() {
        assertThat(actions(AuditFilter.EVERYTHING.withWho("%"))).isEmpty();
        assertThat(actions(AuditFilter.EVERYTHING.withWho("_"))).isEmpty();
    }

    @Test
    void daysAreUkDaysWithBothEndsIncluded() {
        assertThat(actions(AuditFilter.EVERYTHING.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))).isEmpty();
        assertThat(actions(AuditFilter.EVERYTHING.between(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2))))
                .containsExactly("Person added");
        assertThat(actions(AuditFilter.EVERYTHING.between(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 3))))
                .hasSize(3);
        assertThat(actions(AuditFilter.EVERYTHING.between(LocalDate.of(2026, 6, 2), null)))
                .containsExactly("Licence expired", "Person added");
        assertThat(actions(AuditFilter.EVERYTHING.between(null, LocalDate.of(2026, 5, 31))))
                .containsExactly("Name and colour changed");
    }

    @Test
    void datesTheWrongWayRoundAreExplained() {
        assertThatThrownBy(() -> AuditFilter.EVERYTHING.between(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("to", "The end date must be the same as the start date or after it."));
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void onlyAdminsReadTheLog() {
        assertThatThrownBy(() -> TenantScope.callAs(tenant, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.of(0, 10)).items()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantScope.callAs(tenant, () -> auditLog.find(AuditFilter.EVERYTHING, PageRequest.FIRST).total()))
                .isInstanceOf(AccessDeniedException.class);
        var out = new java.io.StringWriter();
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> auditLog.exportCsv(AuditFilter.EVERYTHING, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.toString()).isEmpty();
    }

    private List<String> actions(AuditFilter filter) {
        return TenantScope.callAs(tenant, () -> auditLog.find(filter, PageRequest.of(0, 50)).items()).stream().map(AuditEntry::action).toList();
    }

    private int count(AuditFilter filter) {
        return TenantScope.callAs(tenant, () -> auditLog.find(filter, PageRequest.FIRST).total());
    }
}
