package org.sharewell.endtoend;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps a login safe, from "Your login": a new email address confirmed from the link sent
 * there, two-step sign-in with an authenticator app, and ending a session on another browser.
 */
class LoginSafetyE2E extends BrowserTest {

    private static final String PASSWORD = "kettle orchard lantern 77";
    private static final TimeBasedOneTimePasswordGenerator APP = new TimeBasedOneTimePasswordGenerator();

    @Test
    void aPersonMovesTheirLoginToANewAddressFromTheLinkSentThere() throws Exception {
        String slug = "e2e-email-" + UUID.randomUUID().toString().substring(0, 8);
        String old = "eve@" + slug + ".example";
        String moved = "eve.new@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, old, PASSWORD);
        String home = home(slug);
        signIn(home, old, PASSWORD);

        open(home, "account", "Your login");
        Pages.type(browser, "New email address", moved);
        Pages.type(browser, "Your password, to confirm it is you", PASSWORD);
        clickButton("Send a link to the new address");
        await.until(driver -> page().contains("We have emailed a link to " + moved));

        open(home, "mailbox", "Sent email");
        var sent = browser.findElement(By.xpath("//vaadin-details[contains(., 'to " + moved + "')]"));
        var link = Pattern.compile("http://" + slug + "\\.localhost:\\d+/change-email/[A-Za-z0-9_-]+")
                .matcher(sent.getDomProperty("textContent"));
        assertThat(link.find()).as("a link in the email to the new address").isTrue();

        browser.manage().deleteAllCookies();
        browser.get(link.group());
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Use your new email address"));
        clickButton("Use this address");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your email address is changed"));

        signIn(home, moved, PASSWORD);
        open(home, "account", "Your login");
        assertThat(page()).contains("You sign in with " + moved + ".");
    }

    @Test
    void aPersonTurnsOnTwoStepSignInAndThenSignsInWithACodeFromTheirApp() throws Exception {
        String slug = "e2e-2step-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "tom@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, PASSWORD);
        String home = home(slug);
        signIn(home, email, PASSWORD);

        open(home, "account", "Your login");
        clickButton("Set up two-step sign-in");
        await.until(driver -> page().contains("Set up your authenticator app"));
        assertThat(browser.findElement(By.cssSelector("img[alt^='QR code holding the key']")).isDisplayed()).isTrue();
        var key = Pattern.compile("type ([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+) \\(spaces").matcher(page());
        assertThat(key.find()).as("the key is written out for whoever cannot scan").isTrue();
        String secret = key.group(1).replace(" ", "");
        Pages.type(browser, "The six-digit code your app shows", codeAt(secret, Instant.now()));
        clickButton("Turn on two-step sign-in");
        await.until(driver -> page().contains("These recovery codes let you sign in"));
        assertThat(browser.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
        clickButton("I have kept my recovery codes");
        await.until(driver -> page().contains("Two-step sign-in is on"));

        // With it on for themselves, the admin may require it of the organisation's key roles.
        open(home, "settings", "Settings");
        click(browser.findElement(By.xpath("//vaadin-checkbox[contains(., 'Require two-step sign-in')]")));
        await.until(driver -> page().contains("Admins and coordinators now need two-step sign-in."));

        browser.manage().deleteAllCookies();
        browser.get(home + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(email);
        Pages.deepFind(browser, "[name='password'] input").sendKeys(PASSWORD, Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Enter your code"));
        browser.get(home + "people");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Enter your code"));

        Pages.type(browser, "Code", codeAt(secret, Instant.now().plusSeconds(30)));
        clickButton("Continue");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    @Test
    void aPersonSeesWhereTheyAreSignedInAndSignsOutAnotherBrowser() throws Exception {
        String slug = "e2e-where-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "wyn@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, PASSWORD);
        String home = home(slug);
        signIn(home, email, PASSWORD);
        // Forgetting the cookie leaves that session signed in on the server, as another computer would.
        signIn(home, email, PASSWORD);

        open(home, "account", "Your login");
        await.until(driver -> page().contains("(this browser)"));
        var others = browser.findElements(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Sign out ')"
                + " and normalize-space(.) != 'Sign out everywhere']"));
        assertThat(others).hasSize(1);
        click(others.getFirst());
        await.until(driver -> page().contains("That browser is signed out."));
        assertThat(browser.findElements(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Sign out ')"
                + " and normalize-space(.) != 'Sign out everywhere']"))).isEmpty();
    }

    private String home(String slug) {
        return "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
    }

    private static String codeAt(String base32Secret, Instant when) throws Exception {
        return APP.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret), APP.getAlgorithm()),
                when, Locale.ROOT);
    }
}
