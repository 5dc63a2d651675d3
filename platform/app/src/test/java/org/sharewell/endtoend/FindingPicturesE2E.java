package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes a picture of each page state an accessibility finding was about, into the folder the system
 * property {@code sharewell.pictures} names; skipped otherwise. Run at the commit before the fixes and
 * at the commit after, it gives the before-and-after list in {@code docs/accessibility.md}. It uses
 * only what any commit of the demo world offers (its logins, its pages, its buttons' words), so the
 * same class runs at both.
 */
@EnabledIfSystemProperty(named = "sharewell.pictures", matches = ".+")
class FindingPicturesE2E extends BrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String PASSWORD = "demo-garden-kettle-42";
    private static final String ADMIN = "admin@brookfield-cvs.example";
    private static final String VOLUNTEER = "volunteer@brookfield-cvs.example";

    private record Picture(String name, String login, String path, Dimension size, Runnable then) {
    }

    @Test
    void takesAPictureOfEveryFinding() throws Exception {
        Path folder = Path.of(System.getProperty("sharewell.pictures"));
        Files.createDirectories(folder);
        String brookfield = "http://brookfield.localhost:" + sharewell.gatewayPort() + "/";
        var pictures = List.of(
                new Picture("sign-in-phone", null, sharewell.address() + "login", PHONE, null),
                new Picture("sign-in-wrong-password", null, brookfield + "login", DESKTOP, FindingPicturesE2E::wrongPassword),
                new Picture("organisation-not-found", null,
                        "http://no-such-organisation.localhost:" + sharewell.gatewayPort() + "/login", DESKTOP, null),
                new Picture("dead-link", null, brookfield + "reset-password/no-such-link", DESKTOP, null),
                new Picture("unknown-address", ADMIN, brookfield + "no-such-page", DESKTOP, null),
                new Picture("no-access", VOLUNTEER, brookfield + "people", DESKTOP, null),
                new Picture("dashboard-volunteer", VOLUNTEER, brookfield, DESKTOP, null),
                new Picture("dashboard-admin", ADMIN, brookfield, DESKTOP, null),
                new Picture("dashboard-admin-phone", ADMIN, brookfield, PHONE, null),
                new Picture("people", ADMIN, brookfield + "people", DESKTOP, null),
                new Picture("people-phone", ADMIN, brookfield + "people", PHONE, null),
                new Picture("add-person-bad-email", ADMIN, brookfield + "people", DESKTOP, FindingPicturesE2E::badEmail),
                new Picture("licences", ADMIN, brookfield + "licences", DESKTOP, null),
                new Picture("required-training", ADMIN, brookfield + "licences", DESKTOP,
                        () -> clickButton("Change the required training")),
                new Picture("audit-log", ADMIN, brookfield + "audit", DESKTOP, null),
                new Picture("member-groups", ADMIN, brookfield + "member-groups", DESKTOP, null),
                new Picture("settings", ADMIN, brookfield + "settings", DESKTOP, null),
                new Picture("mailbox-phone", ADMIN, brookfield + "mailbox", PHONE, FindingPicturesE2E::openFirstEmail),
                new Picture("my-licence", VOLUNTEER, brookfield + "my-licence", DESKTOP, null));
        var taken = new ArrayList<String>();
        String signedInAs = null;
        for (var picture : pictures) {
            browser.manage().window().setSize(DESKTOP);
            if (picture.login() == null) {
                browser.manage().deleteAllCookies();
                signedInAs = null;
            } else if (!picture.login().equals(signedInAs)) {
                signIn(brookfield, picture.login(), PASSWORD);
                signedInAs = picture.login();
            }
            browser.manage().window().setSize(picture.size());
            browser.get(picture.path());
            settle();
            if (picture.then() != null) {
                try {
                    picture.then().run();
                    settle();
                } catch (RuntimeException notOffered) {
                    System.err.println(picture.name() + ": could not " + notOffered.getMessage().lines().findFirst().orElse(""));
                }
            }
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    folder.resolve(picture.name() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            taken.add(picture.name());
        }
        assertThat(taken).hasSameSizeAs(pictures);
    }

    /** Waits for the page to have a heading, or gives up quietly: the picture shows what is there. */
    private static void settle() {
        try {
            await.withTimeout(java.time.Duration.ofSeconds(10)).until(driver -> !browser.findElements(By.tagName("h1")).isEmpty()
                    || !browser.findElements(By.tagName("h2")).isEmpty());
            Thread.sleep(700);
        } catch (RuntimeException | InterruptedException none) {
            // The picture shows it.
        }
    }

    private static void wrongPassword() {
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(ADMIN);
        Pages.deepFind(browser, "[name='password'] input").sendKeys("not the password", Keys.ENTER);
    }

    private static void badEmail() {
        clickButton("Add a person");
        WebElement email = await.until(driver -> (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('vaadin-email-field, vaadin-text-field')]"
                        + ".filter(f => (f.label || '').startsWith('Email'))"
                        + ".map(f => f.querySelector('input'))[0] || null;"));
        email.sendKeys("ada.example.com", Keys.TAB);
    }

    private static void openFirstEmail() {
        var details = browser.findElements(By.tagName("vaadin-details"));
        if (!details.isEmpty()) {
            click(details.getFirst());
        }
    }
}
