package org.sharewell.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export reads back, with a standard CSV parser, exactly as the log says. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class AuditCsvExportTests {

    static final List<String> COLUMNS = List.of("When (UK time)", "Who", "Account id", "Area", "Action", "Subject", "Before", "After");

    @Autowired
    AuditLog auditLog;
    @Autowired
    Organisations organisations;

    TenantId tenant;
    UUID accountId = UUID.randomUUID();

    @BeforeEach
    void anOrganisationWithAwkwardEntries() {
        tenant = organisations.register("audit");
        var rows = new AuditRows(organisations);
        rows.insert(tenant, Instant.parse("2026-06-01T23:30:00Z"), new Actor(accountId, "Siân Jones"), AuditArea.PEOPLE,
                "Person changed", "Jo \"JB\" Bloggs", "Role: member, champion", "Role: coordinator\nLevel: 2");
        rows.insert(tenant, Instant.parse("2026-11-21T14:05:00Z"), new Actor(null, "=HYPERLINK(\"http://evil.example\")"),
                AuditArea.SETTINGS, "Name and colour changed", "+44 group", "-", "@home");
    }

    @Test
    void everyColumnReadsBack() throws IOException {
        var rows = export(AuditFilter.EVERYTHING);

        assertThat(rows.header()).isEqualTo(COLUMNS);
        assertThat(rows.records()).hasSize(2);
        CSVRecord person = rows.records().get(1);
        assertThat(person.toList()).containsExactly("2026-06-02 00:30:00", "Siân Jones", accountId.toString(), "People",
                "Person changed", "Jo \"JB\" Bloggs", "Role: member, champion", "Role: coordinator\nLevel: 2");
    }

    @Test
    void formulasAreDefusedAndTimesAreUkTime() throws IOException {
        CSVRecord settings = export(AuditFilter.EVERYTHING).records().getFirst();

        assertThat(settings.get("When (UK time)")).isEqualTo("2026-11-21 14:05:00");
        assertThat(settings.get("Who")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(settings.get("Account id")).isEmpty();
        assertThat(settings.get("Subject")).isEqualTo("'+44 group");
        assertThat(settings.get("Before")).isEqualTo("'-");
        assertThat(settings.get("After")).isEqualTo("'@home");
    }

    @Test
    void theExportFollowsTheFilter() throws IOException {
        assertThat(export(AuditFilter.EVERYTHING.withArea(AuditArea.PEOPLE)).records())
                .extracting(record -> record.get("Action")).containsExactly("Person changed");
        assertThat(export(AuditFilter.EVERYTHING.withWho("nobody of that name")).records()).isEmpty();
    }

    private Export export(AuditFilter filter) throws IOException {
        var out = new StringWriter();
        TenantScope.runAs(tenant, () -> auditLog.exportCsv(filter, out));
        String csv = out.toString();
        assertThat(csv).as("a byte order mark for spreadsheet programs").startsWith("\uFEFF");
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)));
        return new Export(parser.getHeaderNames(), parser.getRecords());
    }

    record Export(List<String> header, List<CSVRecord> records) {
    }
}
