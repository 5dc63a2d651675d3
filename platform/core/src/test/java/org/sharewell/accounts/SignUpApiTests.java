package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import javax.sql.DataSource;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignUpApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    @Test
    void signsUpAnOrganisationWithItsFirstAdmin() throws Exception {
        String slug = uniqueSlug();
        signUp(slug, "jo@" + slug + ".example", "heron biscuit quarry 61")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/public/tenants/" + slug))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.kind").value("LOCAL_GROUP"))
                .andExpect(jsonPath("$.address").value("http://" + slug + ".localhost:8080/"));
        assertThat(tenantsCalled(slug)).isEqualTo(1);
    }

    @Test
    void aTakenAddressIsRefusedAndNothingIsCreated() throws Exception {
        String slug = uniqueSlug();
        signUp(slug, "first@" + slug + ".example", "heron biscuit quarry 61").andExpect(status().isCreated());
        long before = tenantCount();

        signUp(slug, "second@" + slug + ".example", "heron biscuit quarry 61")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already taken")));
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void anInvalidEmailIsExplained() throws Exception {
        String slug = uniqueSlug();
        signUp(slug, "not-an-email", "heron biscuit quarry 61")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("right format")));
        assertThat(tenantsCalled(slug)).isZero();
    }

    @Test
    void aWeakPasswordIsExplained() throws Exception {
        String slug = uniqueSlug();
        signUp(slug, "jo@" + slug + ".example", "bluebluebluered")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("easy to guess")));
        assertThat(tenantsCalled(slug)).isZero();
    }

    @Test
    void aPasswordFoundInBreachesIsRefusedThoughItPassesTheStrengthCheck() throws Exception {
        String slug = uniqueSlug();
        // The famous one from the comic: long, four words, and in every guessing list since.
        signUp(slug, "jo@" + slug + ".example", "correct horse battery staple")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("most often found in data breaches")));
        assertThat(tenantsCalled(slug)).isZero();
    }

    @Test
    void everyProblemWithTheFormIsListedAtOnce() throws Exception {
        mvc.perform(post("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.title").value("Some details need correcting"));
    }

    @Test
    void aBodyThatIsNotJsonGetsAProblemWithoutInternals() throws Exception {
        long before = tenantCount();
        mvc.perform(post("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("{this is not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("valid JSON")))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at org."))));
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void anUnknownTenantAddressIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/tokens").header("X-Sharewell-Tenant", "no-such-organisation")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no-such-organisation")));
    }

    private ResultActions signUp(String slug, String email, String password) throws Exception {
        return mvc.perform(post("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"organisationName": "Friends of %1$s Park", "slug": "%1$s", "kind": "LOCAL_GROUP",
                 "adminName": "Jo Bloggs", "email": "%2$s", "password": "%3$s"}""".formatted(slug, email, password)));
    }

    private long tenantCount() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM tenancy.tenant", Long.class);
    }

    private long tenantsCalled(String slug) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM tenancy.tenant WHERE slug = ?", Long.class, slug);
    }

    static String uniqueSlug() {
        return "group-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
