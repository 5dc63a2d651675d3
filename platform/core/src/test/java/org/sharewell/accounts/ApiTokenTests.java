package org.sharewell.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokenTests {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;
    @Autowired
    SignUp signUp;

    String slug;
    String email;

    @BeforeEach
    void anOrganisation() {
        slug = SignUpApiTests.uniqueSlug();
        email = "admin@" + slug + ".example";
        signUp.signUp(new SignUpForm("Friends of " + slug, slug, TenantKind.LOCAL_GROUP, "Ada Admin", email, PASSWORD));
    }

    @Test
    void aTokenIdentifiesItsHolderUntilRevoked() throws Exception {
        String token = tokenFor(slug, email, PASSWORD);
        mvc.perform(get("/api/v1/me").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.keyRoles[0]").value("TENANT_ADMIN"));

        mvc.perform(delete("/api/v1/tokens/current").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutATokenTheApiAsksForOne() throws Exception {
        mvc.perform(get("/api/v1/me").header("X-Sharewell-Tenant", slug))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("Sign-in needed"));
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        mvc.perform(post("/api/v1/tokens").header("X-Sharewell-Tenant", slug).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"%s\", \"password\": \"wrong password here\"}".formatted(email)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("not right")));
    }

    @Test
    void aTokenIsWorthlessAtAnotherOrganisationsAddress() throws Exception {
        String token = tokenFor(slug, email, PASSWORD);
        String other = SignUpApiTests.uniqueSlug();
        signUp.signUp(new SignUpForm("Other group", other, TenantKind.LOCAL_GROUP, "Other", "x@" + other + ".example", PASSWORD));

        mvc.perform(get("/api/v1/tenant/settings").header("X-Sharewell-Tenant", other).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminChangesSettingsAndABadColourChangesNothing() throws Exception {
        String token = tokenFor(slug, email, PASSWORD);
        mvc.perform(put("/api/v1/tenant/settings").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Renamed group\", \"primaryColour\": \"#1A5E9A\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed group"))
                .andExpect(jsonPath("$.primaryColour").value("#1a5e9a"));

        mvc.perform(put("/api/v1/tenant/settings").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Another name\", \"primaryColour\": \"#ffff00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primaryColour"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("hard to read")));

        mvc.perform(get("/api/v1/tenant/settings").header("X-Sharewell-Tenant", slug).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.name").value("Renamed group"))
                .andExpect(jsonPath("$.primaryColour").value("#1a5e9a"));
    }

    private String tokenFor(String slug, String email, String password) throws Exception {
        var body = mvc.perform(post("/api/v1/tokens").header("X-Sharewell-Tenant", slug).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("token").asString();
    }
}
