package org.sharewell.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
