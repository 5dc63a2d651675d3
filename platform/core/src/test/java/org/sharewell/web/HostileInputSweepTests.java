package org.sharewell.web;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;

/**
 * Every operation of the API, as its description lists them (so a new one is covered the day it is
 * added), is sent hostile input as an organisation's admin: bodies that are not JSON, empty, cut
 * short, invalid UTF-8 or 5 MB, each field of the body's schema given the wrong type, a NUL, 100 kB
 * of text or a date no calendar holds, and each query parameter the same. Every answer is a 4xx with
 * problem details (or, where the input is in fact usable, a 2xx) and never a 5xx; none shows the
 * platform's insides; and an operation that refused all of it left every table of the organisation as it was.
 */
@IntegrationTest
class HostileInputSweepTests {

    private static final List<String> INSIDES = List.of("Exception", "java.", "org.springframework", "org.sharewell",
            "tools.jackson", "SQL", "jooq", "\tat ");

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndChangesNothing() throws Exception {
        Organisation organisation = organisations.signUp("hostile-sweep");
        String token = organisation.adminToken();
        var description = json(organisation.api().call(GET, "/api/v1/openapi", null, null));
        var operations = HostileRequests.operationsIn(description);
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int sent = 0;
        for (var operation : operations) {
            var rowsBefore = RowCounts.of(organisation);
            boolean allRefused = true;
            for (var hostile : HostileRequests.against(operation, description)) {
                sent++;
                MockHttpServletResponse answer;
                try {
                    answer = mvc.perform(organisation.api().signedIn(token, hostile.request())).andReturn().getResponse();
                } catch (Exception escaped) {
                    // What MockMvc rethrows is what a servlet container would answer with a 500.
                    failures.add(operation + " with " + hostile.what() + ": failed with " + rootOf(escaped));
                    continue;
                }
                answers.merge(answer.getStatus(), 1, Integer::sum);
                if (answer.getStatus() < 400) {
                    allRefused = false;
                    accepted.add(operation + " with " + hostile.what() + " (" + answer.getStatus() + ")");
                }
                problemWith(answer).ifPresent(problem -> failures.add(operation + " with " + hostile.what() + ": " + problem));
            }
            // An operation that accepted some input (a search for 100 kB of text, an optional body left
            // out) may rightly have changed something; one that refused everything must not have.
            if (allRefused && !RowCounts.of(organisation).equals(rowsBefore)) {
                failures.add(operation + " refused every request but changed the organisation's rows");
            }
            // Signing out is one of the operations; carry on signed in.
            if (organisation.api().call(GET, "/api/v1/me", token, null).getStatus() == 401) {
                token = organisation.api().adminToken();
            }
        }

        System.out.printf("Hostile input: %d of %d operations covered, %d requests sent; answers by status: %s; "
                        + "%d wrong; accepted: %s%n", operations.size(), operations.size(), sent, answers, failures.size(),
                accepted);
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static Optional<String> problemWith(MockHttpServletResponse answer) throws Exception {
        String body = answer.getContentAsString();
        if (answer.getStatus() >= 500) {
            return Optional.of(answer.getStatus() + " " + abbreviated(body));
        }
        if (answer.getStatus() >= 400 && (answer.getContentType() == null
                || !answer.getContentType().startsWith("application/problem+json"))) {
            return Optional.of(answer.getStatus() + " without problem details: " + answer.getContentType());
        }
        if (answer.getStatus() < 400) {
            return Optional.empty();
        }
        return INSIDES.stream().filter(body::contains).findFirst()
                .map(inside -> answer.getStatus() + " shows '" + inside + "': " + abbreviated(body));
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return abbreviated(root.toString());
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
