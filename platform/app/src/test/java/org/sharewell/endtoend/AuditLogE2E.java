package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin renames their organisation through the API, then finds that change in the audit log
 * screen, exports it as CSV, and filters it away.
 */
class AuditLogE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";


    @Test
    void anAdminFindsExportsAndFiltersTheirChange() throws Exception {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "sam@" + slug + ".example";
        renameThroughTheApi(slug, email);

        browser.get("http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(email);
        Pages.deepFind(browser, "[name='password'] input").sendKeys(PASSWORD, Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Sam Patel"));

        browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Audit log']")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audit log"));
        await.until(driver -> cellTexts().contains("Name and colour changed"));
        assertThat(cellTexts()).contains("Sam Patel", "Settings", "Larkspur Friends",
                "Name: Friends of Larkspur Park; colour: none", "Name: Larkspur Friends; colour: #1a5e9a");
        assertThat(cellTexts()).anyMatch(text -> text.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}"));
        for (String label : new String[]{"Area", "Who made the change", "Containing the words", "From", "To"}) {
            assertThat(browser.findElements(By.xpath("//label[normalize-space(.)='" + label + "']"))).as(label).isNotEmpty();
        }
        assertThat(browser.findElement(By.cssSelector("[role='status']")).getText()).isEqualTo("1 change.");
        screenshot("audit-1-log");

        // Decoding as UTF-8 drops the byte order mark (core's tests check that it is sent).
        String csv = download(browser.findElement(By.linkText("Export CSV")).getAttribute("href"));
        assertThat(csv).startsWith("When (UK time),Who,Account id,Area,Action,Subject,Before,After")
                .contains("Sam Patel", "Name and colour changed");

        var who = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='Who made the change']/@for]"));
        who.sendKeys("nobody by this name", Keys.TAB);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "No changes match these filters."));
        screenshot("audit-2-filtered");
    }

    private void renameThroughTheApi(String slug, String email) throws Exception {
        var api = HttpClient.newHttpClient();
        String base = sharewell.address() + "t/" + slug + "/api/v1/";
        var signedUp = api.send(HttpRequest.newBuilder(URI.create(sharewell.address() + "api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationName": "Friends of Larkspur Park", "slug": "%s", "kind": "LOCAL_GROUP",
                         "adminName": "Sam Patel", "email": "%s", "password": "%s"}""".formatted(slug, email, PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedUp.statusCode()).isEqualTo(201);
        var token = api.send(HttpRequest.newBuilder(URI.create(base + "tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        var bearer = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        assertThat(bearer.find()).as(token.body()).isTrue();
        var renamed = api.send(HttpRequest.newBuilder(URI.create(base + "tenant/settings"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer.group(1))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Larkspur Friends\", \"primaryColour\": \"#1a5e9a\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    }

    private java.util.List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** Fetches a link with the browser's own session, as clicking it would. */
    private String download(String address) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", address);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SignUpAndSignInE2E.SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SignUpAndSignInE2E.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
