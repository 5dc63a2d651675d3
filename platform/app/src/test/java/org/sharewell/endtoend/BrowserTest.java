package org.sharewell.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A browser test class: the shared running Sharewell, and a fresh headless Chromium of its own. */
abstract class BrowserTest {

    static RunningSharewell sharewell;
    static WebDriver browser;
    static WebDriverWait await;

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
