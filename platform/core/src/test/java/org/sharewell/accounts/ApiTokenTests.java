package org.sharewell.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens: one is had for an email and password at the organisation's address, and works only there. */
@IntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;

    ApiCalls api;
    String email;

    @BeforeEach
    void anOrganisation() throws Exception {
        var signedUp = organisations.signUpDirectly("group", TenantKind.LOCAL_GROUP);
        api = organisations.at(signedUp.tenant().slug().value());
        email = signedUp.admin().email();
    }

    @Test
    void aTokenIdentifiesItsHolderUntilRevoked() throws Exception {
        String token = api.token(email, ApiCalls.PASSWORD);
        mvc.perform(api.signedIn(token, get("/api/v1/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.keyRoles[0]").value("TENANT_ADMIN"));

        mvc.perform(api.signedIn(token, delete("/api/v1/tokens/current")))
                .andExpect(status().isNoContent());
        mvc.perform(api.signedIn(token, get("/api/v1/me")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutATokenTheApiAsksForOne() throws Exception {
        mvc.perform(api.signedIn(null, get("/api/v1/me")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("Sign-in needed"));
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        mvc.perform(api.signedIn(null, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"%s\", \"password\": \"wrong password here\"}".formatted(email)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("not right")));
    }

    @Test
    void aTokenIsWorthlessAtAnotherOrganisationsAddress() throws Exception {
        String token = api.token(email, ApiCalls.PASSWORD);
        var other = organisations.at(organisations.signUpDirectly("other", TenantKind.LOCAL_GROUP).tenant().slug().value());

        mvc.perform(other.signedIn(token, get("/api/v1/tenant/settings")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminChangesSettingsAndABadColourChangesNothing() throws Exception {
        String token = api.token(email, ApiCalls.PASSWORD);
        mvc.perform(api.signedIn(token, put("/api/v1/tenant/settings"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Renamed group\", \"primaryColour\": \"#1A5E9A\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed group"))
                .andExpect(jsonPath("$.primaryColour").value("#1a5e9a"));

        mvc.perform(api.signedIn(token, put("/api/v1/tenant/settings"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Another name\", \"primaryColour\": \"#ffff00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primaryColour"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("hard to read")));

        mvc.perform(api.signedIn(token, get("/api/v1/tenant/settings")))
                .andExpect(jsonPath("$.name").value("Renamed group"))
                .andExpect(jsonPath("$.primaryColour").value("#1a5e9a"));
    }
}
