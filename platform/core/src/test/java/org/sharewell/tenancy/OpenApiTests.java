package org.sharewell.tenancy;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API describes itself, without anyone signing in. */
@IntegrationTest
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionListsTheEndpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/signup'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tenant/settings'].put").exists());
    }
}
