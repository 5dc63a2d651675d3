package org.sharewell.web;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.posting.PolicyFixtures;
import org.sharewell.surgeries.SurgeryFixtures;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every operation of the API, as its description lists them (so a new one is covered the day it is
 * added), is tried by one organisation's admin against another's data: with the other's real ids
 * at its own address, and with its own token at the other's address. Nothing of the other comes
 * back, nothing of it changes, and a real foreign id is answered exactly as an id that exists
 * nowhere.
 */
@IntegrationTest
class CrossTenantSweepTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;

    @Test
    void noOperationLetsOneOrganisationSeeOrChangeAnothers() throws Exception {
        Organisation mine = organisations.umbrella("cross-mine");
        Organisation theirs = organisations.umbrella("cross-theirs");
        // Theirs has something of every kind: people, a licence application, a member group, training.
        var member = theirs.join("Theo Theirs", KeyRole.CHAMPION);
        theirs.api().call(POST, "/api/v1/licence-applications", member.token(), null);
        organisations.link(theirs, organisations.signUp("cross-group"));
        String policy = PolicyFixtures.publishedPolicy(theirs, PolicyFixtures.TEMPLATE);
        theirs.api().call(POST, "/api/v1/check-requests", member.token(),
                PolicyFixtures.checkRequest(policy, "2.2.1", "Their post to check"));
        SurgeryFixtures.surgery(theirs, "FREQ=MONTHLY;COUNT=2", 6);
        String date = json(theirs.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
        theirs.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null,
                SurgeryFixtures.booking("their.booker@group.example", 1));
        String myToken = mine.adminToken();
        String theirToken = theirs.adminToken();

        var description = json(mine.api().call(GET, "/api/v1/openapi", null, null));
        var operations = HostileRequests.operationsIn(description);
        var theirIds = CrossTenantIds.of(theirs.api(), theirToken, operations);
        Set<String> theirSecrets = theirIds.secrets(theirs);
        assertThat(theirIds.listsWithIds()).as("their real ids were found to try")
                .contains("/api/v1/people", "/api/v1/member-groups", "/api/v1/licence-applications", "/api/v1/documents",
                        "/api/v1/check-requests", "/api/v1/surgeries", "/api/v1/public/surgery-dates");
        List<String> failures = new ArrayList<>();
        int withTheirIds = 0;
        for (var operation : operations) {
            var rowsBefore = RowCounts.of(theirs);
            String theirPath = theirIds.fill(operation);
            if (operation.path().contains("{")) {
                withTheirIds++;
                String nowherePath = theirIds.fillWithNobodysIds(operation);
                var withTheirs = call(mine.api(), myToken, operation.method(), theirPath);
                var withNowhere = call(mine.api(), myToken, operation.method(), nowherePath);
                if (!operation.path().startsWith("/api/v1/public/") && withTheirs.getStatus() != withNowhere.getStatus()) {
                    failures.add(operation + ": their id answered " + withTheirs.getStatus() + ", an id of nobody's "
                            + withNowhere.getStatus());
                }
                leaked(withTheirs, theirPath, theirSecrets, operation).ifPresent(failures::add);
            }
            var atTheirAddress = call(theirs.api(), myToken, operation.method(), theirPath);
            if (atTheirAddress.getStatus() < 400 && !operation.path().startsWith("/api/v1/public/")
                    && !operation.path().equals("/api/v1/signup") && !operation.path().equals("/api/v1/tokens")) {
                failures.add(operation + " at their address with my token answered " + atTheirAddress.getStatus());
            }
            leaked(atTheirAddress, theirPath, theirSecrets, operation).ifPresent(failures::add);
            if (!RowCounts.of(theirs).equals(rowsBefore)) {
                failures.add(operation + " changed their rows");
            }
            if (mine.api().call(GET, "/api/v1/me", myToken, null).getStatus() == 401) {
                myToken = mine.adminToken();
            }
        }

        System.out.printf("Cross-tenant: %d of %d operations covered (%d with their real ids); %d wrong%n",
                operations.size(), operations.size(), withTheirIds, failures.size());
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private MockHttpServletResponse call(ApiCalls at, String token, HttpMethod method, String path) throws Exception {
        boolean writes = method == POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        return at.call(method, path, token, writes ? "{}" : null);
    }

    /** Their data in the answer, other than the ids the caller itself sent (which a problem's 'instance' repeats). */
    private static java.util.Optional<String> leaked(MockHttpServletResponse answer, String path, Set<String> secrets,
                                                     HostileRequests.Operation operation) throws Exception {
        if (operation.path().startsWith("/api/v1/public/")) {
            return java.util.Optional.empty();
        }
        String body = answer.getContentAsString().replace(path, "");
        return secrets.stream().filter(body::contains).findFirst()
                .map(secret -> operation + " showed their '" + secret + "'");
    }
}
