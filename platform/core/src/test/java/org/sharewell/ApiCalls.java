package org.sharewell;

import org.sharewell.tenancy.TenantKind;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Calls the REST API as a client of one organisation would, through MockMvc: at the organisation's
 * address (the tenant header the gateway adds) and with a bearer token.
 */
public record ApiCalls(MockMvc mvc, String slug) {

    public static final String PASSWORD = "correct horse battery staple";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Signs a new local group up through the API; its admin's password is {@link #PASSWORD}. */
    public static ApiCalls newOrganisation(MockMvc mvc, String prefix) throws Exception {
        return newOrganisation(mvc, prefix, TenantKind.LOCAL_GROUP);
    }

    /** Signs a new organisation of the kind up through the API; its admin's password is {@link #PASSWORD}. */
    public static ApiCalls newOrganisation(MockMvc mvc, String prefix, TenantKind kind) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var calls = new ApiCalls(mvc, slug);
        // Sign-up happens at the bare platform address, where no organisation is bound yet.
        var response = new ApiCalls(mvc, null).call(HttpMethod.POST, "/api/v1/signup", null, """
                {"organisationName": "%s group", "slug": "%s", "kind": "%s", "adminName": "Ada Admin",
                 "email": "%s", "password": "%s"}""".formatted(prefix, slug, kind, calls.adminEmail(), PASSWORD));
        if (response.getStatus() != 201) {
            throw new IllegalStateException("Sign-up failed: " + response.getContentAsString());
        }
        return calls;
    }

    public String adminEmail() {
        return "admin@" + slug + ".example";
    }

    public String token(String email, String password) throws Exception {
        var response = call(HttpMethod.POST, "/api/v1/tokens", null,
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
        if (response.getStatus() != 201) {
            throw new IllegalStateException("No token: " + response.getContentAsString());
        }
        return json(response).get("token").asString();
    }

    public String adminToken() throws Exception {
        return token(adminEmail(), PASSWORD);
    }

    public MockHttpServletResponse call(HttpMethod method, String path, String token, String body) throws Exception {
        var request = request(method, path);
        if (slug != null) {
            request.header("X-Sharewell-Tenant", slug);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    public static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }
}
