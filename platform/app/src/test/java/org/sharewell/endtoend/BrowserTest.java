package org.sharewell.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** A browser test class: the shared running Sharewell, and a fresh headless Chromium of its own. */
abstract class BrowserTest {

    static RunningSharewell sharewell;
    static WebDriver browser;
    static WebDriverWait await;

    /** Where a failed test leaves a picture and the HTML of the page it was on, for whoever reads the CI log. */
    static final Path FAILURES = Path.of("target", "e2e-failures");

    @RegisterExtension
    static final TestWatcher keepTheEvidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(FAILURES);
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                        FAILURES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(FAILURES.resolve(name + ".html"), browser.getPageSource());
                System.err.println("The page at the failure (" + browser.getCurrentUrl() + ") is kept in "
                        + FAILURES.toAbsolutePath().resolve(name + ".png"));
            } catch (Exception unavailable) {
                System.err.println("Could not keep the page at the failure: " + unavailable);
            }
        }
    };

    @BeforeAll
    static void openBrowser() throws Exception {
        sharewell = RunningSharewell.shared();
        browser = Pages.chromium();
        await = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Signs in at an organisation's own address, as a person would, after ending any earlier session there. */
    static void signIn(String home, String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(home + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(email);
        Pages.deepFind(browser, "[name='password'] input").sendKeys(password, Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    /** Opens a page of the organisation and waits for its heading. */
    static void open(String home, String path, String heading) {
        browser.get(home + path);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
    }

    /** The button that reads exactly so. */
    static WebElement button(String text) {
        return browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /** Clicks the button that reads exactly so, once it can be clicked: a dialog may still be opening. */
    static void clickButton(String text) {
        click(await.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"))));
    }

    /**
     * Clicks an element after scrolling it to the middle of the view: the layout scrolls its own
     * content area, which WebDriver's scrolling leaves under the header.
     */
    static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** All the page's text, including what is folded away (such as an email's body) and what is in a dialog. */
    static String page() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.textContent;");
    }

    /** All the text of the first element matching the selector, in view or not. */
    static String textOf(String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const found = document.querySelector(arguments[0]); return found ? found.textContent : '';", selector);
    }

    /** Types into the field (a text field, text area or date) with this label, replacing what was there. */
    static void type(String label, String value) {
        var input = await.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[(self::input or self::textarea) and @id=//label[normalize-space(.)=\"" + label + "\"]/@for]")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value, Keys.TAB);
    }

    /** Chooses the radio button that reads exactly so. */
    static void choose(String label) {
        click(await.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[normalize-space(.)=\"" + label + "\"]"))));
    }

    /** The first link to the path (such as "/acknowledge/") in the newest email the organisation sent to the address. */
    static String linkInEmailTo(ApiClient api, String adminToken, String email, String path) throws Exception {
        for (var sent : api.call("GET", "api/v1/sent-email", adminToken, null).get("items")) {
            if (sent.get("email").get("to").asString().equals(email)) {
                var link = java.util.regex.Pattern.compile("(http\\S+" + java.util.regex.Pattern.quote(path) + "\\S+)")
                        .matcher(sent.get("email").get("text").asString());
                if (link.find()) {
                    return link.group(1);
                }
            }
        }
        throw new IllegalStateException("No email with a link to " + path + " for " + email);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
