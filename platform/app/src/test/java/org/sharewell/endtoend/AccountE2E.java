package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A person changes their own password from "Your login", or chooses a new one when they have forgotten it. */
class AccountE2E extends BrowserTest {

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
        String slug = "e2e-pw-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "pat@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, "kettle orchard lantern 77");
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
        signIn(home, email, "kettle orchard lantern 77");

        open(home, "account", "Your login");
        Pages.type(browser, "Your current password", "kettle orchard lantern 77");
        Pages.type(browser, "New password", "window meadow copper 42");
        Pages.type(browser, "Type the new password again", "window meadow copper 42");
        clickButton("Change my password");
        await.until(driver -> page().contains("Your password is changed."));

        signIn(home, email, "window meadow copper 42");
        assertThat(page()).contains("Welcome");
    }

    @Test
    void someoneWhoForgotTheirPasswordChoosesANewOneFromTheEmailedLink() throws Exception {
        String slug = "e2e-forgot-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "ada@" + slug + ".example";
        var api = ApiClient.signUp(sharewell, slug, admin, "kettle orchard lantern 77");
        String adminToken = api.token(admin, "kettle orchard lantern 77");
        String volunteer = "vic@" + slug + ".example";
        api.addPersonWithLogin(adminToken, "Vic Volunteer", volunteer, "maple harbour violin 31");
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";

        browser.manage().deleteAllCookies();
        open(home, "login", "Sign in to");
        browser.findElement(By.linkText("Forgotten your password?")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Forgotten your password?"));
        Pages.type(browser, "Your email address", volunteer);
        clickButton("Email me a link");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Check your email"));

        // Read as the admin, in the development mailbox, as Vic would read it in theirs.
        signIn(home, admin, "kettle orchard lantern 77");
        open(home, "mailbox", "Sent email");
        var sent = browser.findElement(By.xpath("//vaadin-details[contains(., 'to " + volunteer + "')]"));
        var link = Pattern.compile("http://" + slug + "\\.localhost:\\d+/reset-password/[A-Za-z0-9_-]+")
                .matcher(sent.getDomProperty("textContent"));
        assertThat(link.find()).as("a link to choose a new password in the email to Vic").isTrue();

        browser.manage().deleteAllCookies();
        browser.get(link.group());
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Choose a new password"));
        Pages.type(browser, "New password", "window meadow copper 42");
        Pages.type(browser, "Type the new password again", "window meadow copper 42");
        clickButton("Save my new password");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your new password is saved"));

        signIn(home, volunteer, "window meadow copper 42");
        assertThat(page()).contains("Welcome, Vic Volunteer");
    }

    @Test
    void signingOutEverywhereEndsTheSessionAndANewSignInWorks() throws Exception {
        String slug = "e2e-out-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "sol@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, "kettle orchard lantern 77");
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
        signIn(home, email, "kettle orchard lantern 77");

        open(home, "account", "Your login");
        clickButton("Sign out everywhere");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to"));
        browser.get(home);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to"));

        signIn(home, email, "kettle orchard lantern 77");
        open(home, "account", "Your login");
    }
}
