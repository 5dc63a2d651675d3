package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's first visit, through the gateway, in a real headless Chromium: sign up an organisation,
 * follow the link to its own address, sign in, and arrive at the dashboard.
 */
class SignUpAndSignInE2E extends BrowserTest {

    static final Path SCREENSHOTS = Path.of(System.getProperty("sharewell.screenshots", "target/screenshots"));


    @Test
    void signUpThenSignInAndSeeTheDashboard() throws Exception {
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(sharewell.address() + "signup");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bring your organisation"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");

        Pages.type(browser, "Organisation name", "Friends of Larkspur Park");
        browser.findElement(By.xpath("//input[@id=//label[contains(., 'Local group')]/@for]")).click();
        Pages.type(browser, "Web address name", slug);
        Pages.type(browser, "Your name", "Sam Patel");
        Pages.type(browser, "Your email address", "sam@" + slug + ".example");
        Pages.type(browser, "Choose a password", "kettle orchard lantern 77");
        screenshot("1-sign-up-form");
        button("Create organisation").click();

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "is on Sharewell"));
        WebElement signInLink = browser.findElement(By.linkText("Sign in to Friends of Larkspur Park"));
        assertThat(signInLink.getAttribute("href"))
                .isEqualTo("http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/login");
        screenshot("2-signed-up");

        browser.get(signInLink.getAttribute("href"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to Friends of Larkspur Park"));
        // The login form keeps its fields in shadow DOM.
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys("sam@" + slug + ".example");
        var passwordField = Pages.deepFind(browser, "[name='password'] input");
        passwordField.sendKeys("kettle orchard lantern 77");
        screenshot("3-sign-in");
        passwordField.sendKeys(Keys.ENTER);

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Sam Patel"));
        assertThat(browser.getCurrentUrl()).startsWith("http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Friends of Larkspur Park", "Local group",
                "Confirm your email address");
        screenshot("4-dashboard");

        // The address typed at sign-up is confirmed from the link emailed to it.
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
        open(home, "mailbox", "Sent email");
        var sent = browser.findElement(By.xpath("//vaadin-details[contains(., 'to sam@" + slug + ".example')]"));
        var link = java.util.regex.Pattern.compile("http://" + slug + "\\.localhost:\\d+/confirm-email/[A-Za-z0-9_-]+")
                .matcher(sent.getDomProperty("textContent"));
        assertThat(link.find()).as("a confirmation link in the email to Sam").isTrue();
        browser.get(link.group());
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Confirm your email address"));
        screenshot("5-confirm-email");
        button("Confirm my email address").click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your email address is confirmed"));
        open(home, "", "Welcome, Sam Patel");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Confirm your email address");
    }

    @Test
    void mistakesAreExplainedBesideTheirFieldsAndNothingIsCreated() throws Exception {
        String taken = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        var api = java.net.http.HttpClient.newHttpClient();
        var created = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sharewell.address() + "api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"organisationName": "First Owners", "slug": "%1$s", "kind": "LOCAL_GROUP", "adminName": "Ann",
                         "email": "ann@%1$s.example", "password": "maple harbour violin 31"}""".formatted(taken)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        browser.get(sharewell.address() + "signup");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bring your organisation"));
        Pages.type(browser, "Organisation name", "Second Owners");
        browser.findElement(By.xpath("//input[@id=//label[contains(., 'Infrastructure body')]/@for]")).click();
        Pages.type(browser, "Web address name", taken);
        Pages.type(browser, "Your name", "Bea");
        Pages.type(browser, "Your email address", "bea at example");
        Pages.type(browser, "Choose a password", "correct horse battery staple");
        button("Create organisation").click();

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-summary"), "There is a problem"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("already taken", "right format", "most often found in data breaches");
        screenshot("5-sign-up-mistakes");

        var profile = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(sharewell.address() + "api/v1/public/tenants/" + taken)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(profile.body()).contains("First Owners").doesNotContain("Second Owners");
    }

    @Test
    void anUnknownOrganisationAddressSaysSoAndOffersAWayOn() {
        browser.get("http://no-such-organisation.localhost:" + sharewell.gatewayPort() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Organisation not found");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("no-such-organisation");
        browser.findElement(By.linkText("Find your organisation on Sharewell")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to Sharewell"));
    }

    @Test
    void aWrongPasswordIsSaidAndTheEmailAddressIsKept() throws Exception {
        String slug = "e2e-wrong-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "wes@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, "maple harbour violin 31");
        browser.manage().deleteAllCookies();
        browser.get("http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(email);
        Pages.deepFind(browser, "[name='password'] input").sendKeys("not the password at all", org.openqa.selenium.Keys.ENTER);

        // The form's error ("Those details did not work") is drawn inside its shadow root.
        await.until(driver -> browser.findElement(By.tagName("vaadin-login-form")).getDomAttribute("error") != null);
        await.until(driver -> email.equals(Pages.deepFind(browser, "[name='username'] input").getDomProperty("value")));
    }

    @Test
    void someoneWhoRemembersOnlyTheirOrganisationsNameFindsItsSignInPage() throws Exception {
        String slug = "e2e-find-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.signUp(sharewell, slug, "fay@" + slug + ".example", "maple harbour violin 31");
        browser.manage().deleteAllCookies();
        browser.get(sharewell.address() + "login");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to Sharewell"));

        // ApiClient names the organisation "Group <slug>"; a person types it as they remember it.
        Pages.type(browser, "Your organisation", "GROUP " + slug);
        button("Continue").click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to Group " + slug));
        assertThat(browser.getCurrentUrl()).startsWith("http://" + slug + ".localhost:");
    }


    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
