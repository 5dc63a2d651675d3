package org.sharewell.audit;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log over the REST API, with real tokens of a real admin and a member. */
@IntegrationTest
class AuditApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;

    TenantId tenant;
    ApiCalls api;
    String slug;
    UUID adminId;
    String adminToken;

    @BeforeEach
    void anOrganisationWhoseAdminRenamedIt() throws Exception {
        var signedUp = organisations.signUpDirectly("Audit test", TenantKind.LOCAL_GROUP);
        tenant = signedUp.tenant().id();
        slug = signedUp.tenant().slug().value();
        api = organisations.at(slug);
        adminId = signedUp.admin().id().value();
        adminToken = api.adminToken();
        mvc.perform(api.signedIn(adminToken, put("/api/v1/tenant/settings")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Renamed group\", \"primaryColour\": \"#1a5e9a\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void anAdminSeesTheChangeWithTheirOwnNameAndAccount() throws Exception {
        mvc.perform(api.signedIn(adminToken, get("/api/v1/audit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.limit").value(50))
                .andExpect(jsonPath("$.items[0].actorName").value("Ada Admin"))
                .andExpect(jsonPath("$.items[0].actorAccountId").value(adminId.toString()))
                .andExpect(jsonPath("$.items[0].area").value("SETTINGS"))
                .andExpect(jsonPath("$.items[0].action").value("Name and colour changed"))
                .andExpect(jsonPath("$.items[0].before").value("Name: Audit test group; colour: none"))
                .andExpect(jsonPath("$.items[0].after").value("Name: Renamed group; colour: #1a5e9a"))
                .andExpect(jsonPath("$.items[0].occurredAt").isNotEmpty());

        String today = LocalDate.now(clock).toString();
        mvc.perform(api.signedIn(adminToken, get("/api/v1/audit").param("area", "people").param("from", today)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(api.signedIn(adminToken, get("/api/v1/audit").param("who", "ada").param("from", today).param("to", today)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void parametersThatCannotBeUnderstoodAreExplained() throws Exception {
        mvc.perform(api.signedIn(adminToken, get("/api/v1/audit").param("from", "21/11/2026").param("area", "GOSSIP")
                        .param("limit", "1000")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("area"))
                .andExpect(jsonPath("$.errors[1].field").value("from"))
                .andExpect(jsonPath("$.errors[1].message").value("Write the 'from' date as year-month-day, for example 2026-11-21."))
                .andExpect(jsonPath("$.errors[2].field").value("limit"));
        mvc.perform(api.signedIn(adminToken, get("/api/v1/audit.csv").param("from", "2026-06-02").param("to", "2026-06-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void theCsvExportIsAFileNamedWithTheDate() throws Exception {
        var response = mvc.perform(api.signedIn(adminToken, get("/api/v1/audit.csv").param("area", "SETTINGS")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"audit-log-" + LocalDate.now(clock) + ".csv\""))
                .andReturn().getResponse();
        assertThat(response.getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");

        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString().substring(1))).getRecords();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("Who")).isEqualTo("Ada Admin");
            assertThat(record.get("Account id")).isEqualTo(adminId.toString());
            assertThat(record.get("After")).isEqualTo("Name: Renamed group; colour: #1a5e9a");
        });
    }

    @Test
    void aMemberIsRefused() throws Exception {
        String memberToken = api.token(aMember(), ApiCalls.PASSWORD);

        mvc.perform(api.signedIn(memberToken, get("/api/v1/audit")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("does not allow")));
        mvc.perform(api.signedIn(memberToken, get("/api/v1/audit.csv")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void theApiDescriptionListsBothWaysToReadTheLog() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit.csv'].get").exists());
    }

    @Test
    void withoutATokenNothingIsShown() throws Exception {
        mvc.perform(get("/api/v1/audit").header("X-Sharewell-Tenant", slug))
                .andExpect(status().isUnauthorized());
    }

    /** A login with no person behind it, and so no key roles: it may sign in but do nothing else. */
    private String aMember() {
        String email = "member@" + slug + ".example";
        organisations.inTransaction(tenant, sql -> sql.update("""
                        INSERT INTO accounts.account (tenant_id, id, email, display_name, password_hash)
                        VALUES (?, ?, ?, 'Mo Member', ?)""",
                tenant.value(), UUID.randomUUID(), email, passwords.encode(ApiCalls.PASSWORD)));
        return email;
    }
}
