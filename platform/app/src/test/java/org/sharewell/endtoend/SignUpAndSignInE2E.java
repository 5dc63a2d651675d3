package org.sharewell.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's first visit, through the gateway, in a real headless Chromium: sign up an organisation,
 * follow the link to its own address, sign in, and arrive at the dashboard.
 */
class SignUpAndSignInE2E {

    static final Path SCREENSHOTS = Path.of(System.getProperty("sharewell.screenshots", "target/screenshots"));

    static RunningSharewell sharewell;
    static WebDriver browser;
    static WebDriverWait await;

    @BeforeAll
    static void start() throws Exception {
        sharewell = RunningSharewell.shared();
        browser = chromium();
        await = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signUpThenSignInAndSeeTheDashboard() throws Exception {
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(sharewell.address() + "signup");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bring your organisation"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");

        type("Organisation name", "Friends of Larkspur Park");
        browser.findElement(By.xpath("//input[@id=//label[contains(., 'Local group')]/@for]")).click();
        type("Web address name", slug);
        type("Your name", "Sam Patel");
        type("Your email address", "sam@" + slug + ".example");
        type("Choose a password", "kettle orchard lantern 77");
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
        await.until(driver -> deepFind("[name='username'] input") != null);
        deepFind("[name='username'] input").sendKeys("sam@" + slug + ".example");
        var passwordField = deepFind("[name='password'] input");
        passwordField.sendKeys("kettle orchard lantern 77");
        screenshot("3-sign-in");
        passwordField.sendKeys(Keys.ENTER);

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Sam Patel"));
        assertThat(browser.getCurrentUrl()).startsWith("http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Friends of Larkspur Park", "Local group");
        screenshot("4-dashboard");
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
        type("Organisation name", "Second Owners");
        browser.findElement(By.xpath("//input[@id=//label[contains(., 'Infrastructure body')]/@for]")).click();
        type("Web address name", taken);
        type("Your name", "Bea");
        type("Your email address", "bea at example");
        type("Choose a password", "password12");
        button("Create organisation").click();

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error-summary"), "There is a problem"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("already taken", "right format", "easy to guess");
        screenshot("5-sign-up-mistakes");

        var profile = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(sharewell.address() + "api/v1/public/tenants/" + taken)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(profile.body()).contains("First Owners").doesNotContain("Second Owners");
    }

    @Test
    void anUnknownOrganisationAddressSaysSo() {
        browser.get("http://no-such-organisation.localhost:" + sharewell.gatewayPort() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Organisation not found");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("no-such-organisation");
    }

    private void type(String label, String text) {
        WebElement field = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='" + label + "']/@for]"));
        field.clear();
        field.sendKeys(text);
    }

    /** Finds an element by CSS selector anywhere on the page, looking inside shadow roots too. */
    private WebElement deepFind(String selector) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const find = (root, selector) => {
                  const here = root.querySelector(selector);
                  if (here) return here;
                  for (const element of root.querySelectorAll('*')) {
                    if (element.shadowRoot) {
                      const inside = find(element.shadowRoot, selector);
                      if (inside) return inside;
                    }
                  }
                  return null;
                };
                return find(document, arguments[0]);""", selector);
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Debian's Chromium and ChromeDriver: tools that download their own browser cannot work here. */
    static WebDriver chromium() throws Exception {
        var driver = Path.of("/usr/bin/chromedriver");
        var binary = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(driver) || !Files.isExecutable(binary)) {
            throw new IllegalStateException("The end-to-end test needs Debian's Chromium: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this).");
        }
        var options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("sharewell-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        return new ChromeDriver(service, options);
    }
}
