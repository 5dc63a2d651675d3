package org.sharewell.accounts.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A browser signed in is listed, with the browser it says it is, from its first request; ended from
 * the list (or by signing out everywhere), its next request finds it signed out. The browser here is
 * a session signed in as the web interface signs people in, without the web interface itself (which
 * is not part of this module's tests; the browser tests sign in for real).
 */
@IntegrationTest
class BrowserSessionTests {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired
    Organisations organisations;
    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserSessionIsListedAndEndedFromTheList() throws Exception {
        var organisation = organisations.signUp("sessions-browser");
        var browser = new MockHttpSession();
        assertThat(visit(organisation, browser)).isEqualTo(200);
        assertThat(visit(organisation, browser)).as("the same session goes on").isEqualTo(200);

        var listed = json(organisation.callAsAdmin(GET, "/api/v1/me/sessions", null));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("device").asString()).isEqualTo("Firefox on Linux");
        assertThat(listed.get(0).get("thisOne").asBoolean()).as("asked with a token, not from that browser").isFalse();

        String id = listed.get(0).get("id").asString();
        assertThat(organisation.callAsAdmin(DELETE, "/api/v1/me/sessions/" + id, null).getStatus()).isEqualTo(204);
        assertThat(visit(organisation, browser)).as("signed out").isEqualTo(403);
        assertThat(json(organisation.callAsAdmin(GET, "/api/v1/me/sessions", null))).isEmpty();
    }

    @Test
    void signingOutEverywhereEndsEveryBrowserSession() throws Exception {
        var organisation = organisations.signUp("sessions-everywhere");
        var one = new MockHttpSession();
        var two = new MockHttpSession();
        visit(organisation, one);
        visit(organisation, two);
        assertThat(json(organisation.callAsAdmin(GET, "/api/v1/me/sessions", null))).hasSize(2);

        assertThat(organisation.callAsAdmin(POST, "/api/v1/me/sign-out-everywhere", null).getStatus()).isEqualTo(204);

        assertThat(visit(organisation, one)).isEqualTo(403);
        assertThat(visit(organisation, two)).isEqualTo(403);
    }

    @Test
    void anotherPersonsSessionCannotBeEnded() throws Exception {
        var organisation = organisations.signUp("sessions-theirs");
        var colleague = organisation.join("Cass Colleague");
        var theirs = new MockHttpSession();
        visit(organisation, colleague.email(), theirs);
        String id = json(organisation.api().call(GET, "/api/v1/me/sessions", colleague.token(), null)).get(0).get("id").asString();

        assertThat(organisation.callAsAdmin(DELETE, "/api/v1/me/sessions/" + id, null).getStatus()).isEqualTo(404);
        assertThat(visit(organisation, colleague.email(), theirs)).isEqualTo(200);
    }

    private int visit(Organisation organisation, MockHttpSession browser) throws Exception {
        return visit(organisation, organisation.adminEmail(), browser);
    }

    /** A page request from the browser, signed in as the login (as the session would have it after signing in). */
    private int visit(Organisation organisation, String email, MockHttpSession browser) throws Exception {
        var login = organisation.login(email);
        var user = new SharewellUser(login, null, List.of());
        return mvc.perform(get("/api/v1/me").header("X-Sharewell-Tenant", organisation.slug()).session(browser)
                        .header("User-Agent", FIREFOX)
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()))))
                .andReturn().getResponse().getStatus();
    }
}
