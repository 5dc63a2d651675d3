package org.sharewell.endtoend;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/**
 * Sets up what a browser test needs through the REST API, via the gateway: an organisation's
 * address in the gateway's path form, since Java's HTTP client cannot resolve {@code *.localhost}.
 */
record ApiClient(RunningSharewell sharewell, String slug) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Signs up a local group at the bare address and returns a client for its own address. */
    static ApiClient signUp(RunningSharewell sharewell, String slug, String adminEmail, String password) throws Exception {
        return signUp(sharewell, slug, adminEmail, password, "LOCAL_GROUP");
    }

    /** Signs up an organisation of the kind given (as the API spells it), with Ada Admin as its admin. */
    static ApiClient signUp(RunningSharewell sharewell, String slug, String adminEmail, String password, String kind)
            throws Exception {
        new ApiClient(sharewell, null).call("POST", "api/v1/signup", null, """
                {"organisationName": "Group %1$s", "slug": "%1$s", "kind": "%4$s", "adminName": "Ada Admin",
                 "email": "%2$s", "password": "%3$s"}""".formatted(slug, adminEmail, password, kind));
        return new ApiClient(sharewell, slug);
    }

    String home() {
        return "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
    }

    String token(String email, String password) throws Exception {
        return call("POST", "api/v1/tokens", null, "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password))
                .get("token").asString();
    }

    /** Adds a long-serving volunteer with the given key roles; returns their id. */
    String addPerson(String adminToken, String name, String email, String... keyRoles) throws Exception {
        String id = call("POST", "api/v1/people", adminToken, """
                {"fullName": "%s", "email": "%s", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(name, email)).get("id").asString();
        for (String role : keyRoles) {
            call("PUT", "api/v1/people/" + id + "/key-roles/" + role, adminToken, null);
        }
        return id;
    }

    /** Adds a long-serving volunteer who has a login with the given password; returns their id. */
    String addPersonWithLogin(String adminToken, String name, String email, String password, String... keyRoles)
            throws Exception {
        String id = addPerson(adminToken, name, email, keyRoles);
        acceptInvitation(invitationLink(adminToken, id, email), password);
        return id;
    }

    /** The person the token's login belongs to. */
    JsonNode me(String token) throws Exception {
        return call("GET", "api/v1/me", token, null);
    }

    /** The person's application for a licence to post, made with their own token. */
    JsonNode applyForLicence(String personToken) throws Exception {
        return call("POST", "api/v1/licence-applications", personToken, null);
    }

    /**
     * Gives the person a valid licence to post: they apply, and the admin (who must be the account
     * coordinator too) records all the training and grants it.
     */
    void license(String adminToken, String personToken) throws Exception {
        JsonNode application = applyForLicence(personToken);
        String path = "api/v1/licence-applications/" + application.get("id").asString();
        for (JsonNode item : application.get("training")) {
            call("POST", path + "/training/" + item.get("itemId").asString(), adminToken, null);
        }
        call("POST", path + "/grant", adminToken, null);
    }

    /** The invitation link in the newest email to the address. */
    String invitationLink(String adminToken, String personId, String email) throws Exception {
        call("POST", "api/v1/people/" + personId + "/invitation", adminToken, null);
        for (JsonNode sent : call("GET", "api/v1/sent-email", adminToken, null).get("items")) {
            if (sent.get("email").get("to").asString().equals(email)) {
                var link = Pattern.compile("(http\\S+/invitation/\\S+)").matcher(sent.get("email").get("text").asString());
                if (link.find()) {
                    return link.group(1);
                }
            }
        }
        throw new IllegalStateException("No invitation email to " + email);
    }

    void acceptInvitation(String link, String password) throws Exception {
        String token = link.substring(link.lastIndexOf('/') + 1);
        call("POST", "api/v1/public/invitations/" + token, null, "{\"password\": \"" + password + "\"}");
    }

    JsonNode call(String method, String path, String token, String body) throws Exception {
        String base = sharewell.address() + (slug == null ? "" : "t/" + slug + "/");
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
