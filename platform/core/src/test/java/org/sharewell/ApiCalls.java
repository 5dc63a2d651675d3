package org.sharewell;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Calls the REST API as a client of one organisation would, through MockMvc: at the organisation's
 * address (the tenant header the gateway adds) and with a bearer token. {@link Organisations} signs
 * organisations up and gives these for each.
 */
public record ApiCalls(MockMvc mvc, String slug) {

    public static final String PASSWORD = "heron biscuit quarry 61";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /**
     * Makes the call and gives its response. Whoever the test itself is signed in as (say, with
     * {@code @WithMockUser}) stays signed in: the security filters end the request's sign-in on this thread.
     */
    public MockHttpServletResponse call(HttpMethod method, String path, String token, String body) throws Exception {
        var request = signedIn(token, request(method, path));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var test = SecurityContextHolder.getContext();
        try {
            return mvc.perform(request).andReturn().getResponse();
        } finally {
            SecurityContextHolder.setContext(test);
        }
    }

    /** The request at this organisation's address, with the bearer token if there is one: for MockMvc's own matchers. */
    public MockHttpServletRequestBuilder signedIn(String token, MockHttpServletRequestBuilder request) {
        if (slug != null) {
            request.header("X-Sharewell-Tenant", slug);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    public static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }
}
