package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate-limited addresses (signing in, signing up, joining, password links and changes), through
 * the gateway to the platform as a stranger would reach them: every spelling of each address, with
 * hostile bodies (not JSON, empty, cut short, wrong types and a NUL, 100 kB, invalid UTF-8, 5 MB).
 * Every answer is a 4xx with problem details, never a 5xx, from the gateway or the platform alike (bar
 * the password link's 202, the same whatever is asked).
 */
class HostileInputAtTheEdgeE2E {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> LIMITED = List.of("api/v1/tokens", "api/v1/signup", "api/v1/me/password",
            "api/v1/public/password-resets", "api/v1/public/member-invitations/no-such-token/organisation");
    private static final List<byte[]> BODIES = List.of(bytes("not JSON"), bytes(""), bytes("{\""), bytes("[]"),
            bytes("{\"email\": \"a\\u0000b@example.org\", \"password\": 12345, \"slug\": {}}"),
            bytes("{\"email\": \"" + "a".repeat(100_000) + "\"}"),
            new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

    @Test
    void everySpellingOfTheLimitedAddressesAnswersHostileBodiesWithProblems() throws Exception {
        var sharewell = RunningSharewell.shared();
        String slug = "edge-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", "lantern meadow copper 64");
        String base = sharewell.address() + "t/" + slug + "/";

        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String path : LIMITED) {
            var bodies = new ArrayList<>(BODIES);
            bodies.add(bytes("{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}"));
            for (String spelling : spellingsOf(path)) {
                for (byte[] body : spelling.equals(path) ? bodies : BODIES) {
                    var answer = post(base + spelling, body);
                    sent++;
                    answers.merge(answer.statusCode(), 1, Integer::sum);
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    // Asking for a password link answers 202 to anything it can read, so that it tells nobody
                    // which addresses have logins; it sends nothing for an address without one.
                    boolean sameAnswerForAll = spelling.equals("api/v1/public/password-resets") && answer.statusCode() == 202;
                    if (!sameAnswerForAll && (answer.statusCode() >= 500 || answer.statusCode() < 400
                            || !type.startsWith("application/problem+json"))) {
                        failures.add(spelling + " with " + body.length + " bytes: " + answer.statusCode() + " " + type);
                    }
                }
            }
        }

        System.out.printf("Hostile input at the edge: %d addresses, %d requests; answers by status: %s; %d wrong%n",
                LIMITED.size(), sent, answers, failures.size());
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** The address as sent, and spelled every way the gateway refuses: doubled and dot segments, encoded separators, a NUL. */
    private static List<String> spellingsOf(String path) {
        return List.of(path, "/" + path, path.replaceFirst("/", "//"), path.replaceFirst("/", "/./"),
                path.replaceFirst("/", "/%2e/"), path.replaceFirst("/", "%2F"), "api/x/../" + path.substring(4),
                path + "%00");
    }

    private static HttpResponse<String> post(String address, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
