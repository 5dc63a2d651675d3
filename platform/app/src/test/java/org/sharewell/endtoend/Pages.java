package org.sharewell.endtoend;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** What the end-to-end tests do with a page, the way a person would: by visible labels. */
final class Pages {

    private Pages() {
    }

    /**
     * Selenium warns on every start that it has no DevTools bindings for Debian's Chromium version.
     * The tests drive the browser over WebDriver alone, so the warning says nothing useful. Held in a
     * field because java.util.logging keeps only weak references to loggers.
     */
    private static final List<Logger> QUIETENED = quieten("org.openqa.selenium.devtools", "org.openqa.selenium.chromium");

    /** Debian's Chromium and ChromeDriver: tools that download their own browser cannot work here. */
    static WebDriver chromium() throws Exception {
        var driver = Path.of("/usr/bin/chromedriver");
        var binary = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(driver) || !Files.isExecutable(binary)) {
            throw new IllegalStateException("The end-to-end tests need Debian's Chromium: "
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

    private static List<Logger> quieten(String... names) {
        var loggers = Stream.of(names).map(Logger::getLogger).toList();
        loggers.forEach(logger -> logger.setLevel(Level.SEVERE));
        return loggers;
    }

    /** Types into the field whose label reads exactly so. */
    static void type(WebDriver browser, String label, String text) {
        WebElement field = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='" + label + "']/@for]"));
        field.clear();
        field.sendKeys(text);
    }

    /** Finds an element by CSS selector anywhere on the page, looking inside shadow roots too. */
    static WebElement deepFind(WebDriver browser, String selector) {
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

    /**
     * Finds the element with this tag whose text reads exactly so, anywhere on the page, inside
     * shadow roots too: a drop-down's choices are drawn in an overlay of their own.
     */
    static WebElement deepFindByText(WebDriver browser, String tag, String text) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const find = (root, tag, text) => {
                  for (const element of root.querySelectorAll('*')) {
                    if (element.localName === tag && element.textContent.trim() === text) return element;
                    if (element.shadowRoot) {
                      const inside = find(element.shadowRoot, tag, text);
                      if (inside) return inside;
                    }
                  }
                  return null;
                };
                return find(document, arguments[0], arguments[1]);""", tag, text);
    }
}
