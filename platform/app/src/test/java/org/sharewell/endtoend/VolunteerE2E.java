package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ordinary volunteer, invited by email, creates their login in the browser and finds that the
 * admin pages are neither offered nor reachable.
 */
class VolunteerE2E extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();


    @Test
    void anInvitedVolunteerJoinsButIsNotOfferedAdminWork() throws Exception {
        String slug = "vol-" + UUID.randomUUID().toString().substring(0, 8);
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
        call("POST", sharewell.address() + "api/v1/signup", null, null, """
                {"organisationName": "Volunteer test group", "slug": "%s", "kind": "LOCAL_GROUP", "adminName": "Ada",
                 "email": "ada@%s.example", "password": "maple harbour violin 31"}""".formatted(slug, slug));
        String admin = call("POST", sharewell.address() + "api/v1/tokens", slug, null,
                "{\"email\": \"ada@%s.example\", \"password\": \"maple harbour violin 31\"}".formatted(slug)).get("token").asString();
        String id = call("POST", sharewell.address() + "api/v1/people", slug, admin, """
                {"fullName": "Vera Volunteer", "email": "vera@%s.example", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(slug)).get("id").asString();
        call("POST", sharewell.address() + "api/v1/people/" + id + "/invitation", slug, admin, null);
        String body = call("GET", sharewell.address() + "api/v1/sent-email", slug, admin, null).get(0).get("email").get("text").asString();
        var link = Pattern.compile("(http\\S+/invitation/\\S+)").matcher(body);
        assertThat(link.find()).as("an invitation link in %s", body).isTrue();
        assertThat(link.group(1)).startsWith(home);

        browser.get(link.group(1));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Vera Volunteer"));
        Pages.type(browser, "Choose a password", "lantern meadow copper 64");
        Pages.type(browser, "Type the password again", "lantern meadow copper 64");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Create my login']")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your login is ready"));

        browser.get(home + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys("vera@" + slug + ".example");
        var password = Pages.deepFind(browser, "[name='password'] input");
        password.sendKeys("lantern meadow copper 64");
        password.sendKeys(Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Vera Volunteer"));

        String navigation = browser.findElement(By.tagName("vaadin-side-nav")).getText();
        assertThat(navigation).contains("Dashboard").doesNotContain("People", "Settings", "Audit log");

        browser.get(home + "settings");
        await.until(driver -> !driver.findElements(By.tagName("body")).isEmpty());
        assertThat(browser.findElements(By.xpath("//h1[normalize-space(.)='Settings']"))).isEmpty();
        assertThat(call("GET", sharewell.address() + "api/v1/people", slug,
                token(slug, "vera@" + slug + ".example", "lantern meadow copper 64"), null).path("status").asInt())
                .isEqualTo(403);
    }

    private static String token(String slug, String email, String password) throws Exception {
        return call("POST", sharewell.address() + "api/v1/tokens", slug, null,
                "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password)).get("token").asString();
    }

    private static JsonNode call(String method, String url, String slug, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (slug != null) {
            // The gateway's path form of a tenant address: Java's client cannot resolve *.localhost.
            request.uri(URI.create(url.replace(sharewell.address(), sharewell.address() + "t/" + slug + "/")));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
