package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the web interface in the same application, an API address that no endpoint has still gets an
 * API answer (problem details, 404 or 405), never the interface's page with a 200.
 */
class UnknownApiAddressesE2E {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void unknownAddressesAndMethodsGetProblemDetailsNotThePage() throws Exception {
        var sharewell = RunningSharewell.shared();
        String slug = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", "lantern meadow copper 64");
        String token = api.token("ada@" + slug + ".example", "lantern meadow copper 64");
        String base = sharewell.address() + "t/" + slug + "/";

        for (String path : new String[] {"api/v1/no-such-endpoint", "api/v1/people/", "api/v2/people"}) {
            var answer = send("GET", base + path, token);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(path).doesNotContain("<html");
        }
        var wrongMethod = send("DELETE", base + "api/v1/people", token);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    private static HttpResponse<String> send(String method, String address, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
