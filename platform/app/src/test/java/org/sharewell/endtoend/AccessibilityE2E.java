package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page that any demo login's menu offers (read from the menu, so a new page is checked the day
 * it is added), and the public pages, at a desktop's and a phone's width, held to {@link PageChecks},
 * with a pass of the Tab key through each at the desktop width. A login whose menu is the same as an
 * earlier one's (two local groups' admins) has the same pages, laid out the same: its pages are checked
 * again at the desktop width only.
 * So are the pages for an address that does not exist and for one the person may not open.
 */
class AccessibilityE2E extends BrowserTest {

    /** The demo world's logins, as the README lists them; all share one password. */
    static final List<String> DEMO_LOGINS = List.of("admin@brookfield-cvs.example", "coordinator@brookfield-cvs.example",
            "champion@brookfield-cvs.example", "volunteer@brookfield-cvs.example", "admin@riverside-allotments.example",
            "admin@elm-street-youth.example", "admin@sharewell.example");
    static final String DEMO_PASSWORD = "demo-garden-kettle-42";
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @Test
    void everyPageOfferedToEveryDemoLoginMeetsTheStandardAtDesktopAndPhoneWidths() {
        var problems = new ArrayList<String>();
        int pages = 0;
        // Each kind of linked page is checked once, for the first login that reaches it: the same page
        // for another login differs only in what it shows, which the menu pages already cover.
        var linkedKindsChecked = new java.util.HashSet<String>();
        var menusChecked = new java.util.HashSet<List<String>>();
        var pathsCheckedFully = new java.util.HashSet<String>();
        for (String login : DEMO_LOGINS) {
            String home = homeOf(login);
            browser.manage().window().setSize(DESKTOP);
            signInAs(home, login);
            var paths = offeredPaths();
            // A menu the same as an earlier login's offers the same pages, which differ only in the data
            // they show: one of the pages is enough to show the layout holds, and saves the minutes
            // the check grows by with every page.
            boolean newMenu = menusChecked.add(paths);
            System.out.println("Accessibility: " + login + " is offered " + paths.size() + " pages"
                    + (newMenu ? "" : ", the same as an earlier login, so one is checked"));
            var linked = new java.util.LinkedHashMap<String, String>();
            for (String path : newMenu ? paths : paths.subList(0, 1)) {
                pages++;
                // A page's layout at a phone's width and its order for the keyboard are the page's own:
                // checked for the first login offered it. For later logins, what differs is what the page
                // shows, which the desktop check covers.
                problems.addAll(check(home + path, login + " " + path, pathsCheckedFully.add(path)));
                linkedPages(home).forEach(linked::putIfAbsent);
            }
            // Pages the menu pages link to (a policy, its editor), each kind of address once.
            for (var page : linked.entrySet()) {
                if (!paths.contains(page.getValue().replaceFirst("^/", "")) && linkedKindsChecked.add(page.getKey())) {
                    pages++;
                    problems.addAll(check(home + page.getValue().replaceFirst("^/", ""), login + " " + page.getValue()));
                }
            }
            // The same page for every login but for the menu: at both widths and by keyboard once.
            problems.addAll(check(home + "no-such-page", login + " an address that does not exist",
                    login.equals(DEMO_LOGINS.getFirst())));
        }
        System.out.println("Accessibility: " + pages + " offered pages of " + DEMO_LOGINS.size() + " logins checked at "
                + "two widths; " + problems.size() + " problems");
        assertThat(problems).isEmpty();
        assertThat(pages).as("pages found in the menus").isGreaterThan(DEMO_LOGINS.size() * 3);
    }

    @Test
    void thePublicPagesMeetTheStandardToo() throws Exception {
        var problems = new ArrayList<String>();
        browser.manage().deleteAllCookies();
        String brookfield = homeOf("admin@brookfield-cvs.example");
        var listed = List.of(sharewell.address() + "login", sharewell.address() + "signup", brookfield + "login",
                brookfield + "forgotten-password", brookfield + "confirm-email/no-such-link",
                brookfield + "reset-password/no-such-link", brookfield + "change-email/no-such-link",
                brookfield + "acknowledge/no-such-link", brookfield + "check/no-such-link", brookfield + "booking/no-such-link",
                brookfield + "waiting/no-such-link", brookfield + "surgeon/no-such-link", brookfield + "surgeries",
                "http://no-such-organisation.localhost:" + sharewell.gatewayPort() + "/login");
        var linked = new java.util.LinkedHashMap<String, String>();
        for (String page : listed) {
            problems.addAll(check(page, page));
            if (page.startsWith(brookfield)) {
                linkedPages(brookfield).forEach(linked::putIfAbsent);
            }
        }
        // The public pages those link to (booking a surgery date, say), each kind of address once.
        for (String path : linked.values()) {
            String page = brookfield + path.replaceFirst("^/", "");
            if (!listed.contains(page)) {
                problems.addAll(check(page, page));
            }
        }
        // The pages emailed links open, with live links from the demo world's email: reading a policy, answering a question,
        // a surgery booking and a place on a waiting list.
        var api = new ApiClient(sharewell, "brookfield");
        String admin = api.token("admin@brookfield-cvs.example", DEMO_PASSWORD);
        for (String page : List.of(linkInEmailTo(api, admin, "daniel.hughes@brookfield-cvs.example", "/acknowledge/"),
                linkInEmailTo(api, admin, "champion@brookfield-cvs.example", "/check/"),
                linkInEmailTo(api, admin, "harold@riverside-allotments.example", "/booking/"),
                linkInEmailTo(api, admin, "kieran@elm-street-youth.example", "/waiting/"))) {
            problems.addAll(check(page, "an emailed link: " + page.replaceAll("/[A-Za-z0-9_-]{20,}$", "/…")));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPageThePersonMayNotOpenSaysSoInsideTheLayoutWithAWayOn() {
        String home = homeOf("volunteer@brookfield-cvs.example");
        browser.manage().window().setSize(DESKTOP);
        signInAs(home, "volunteer@brookfield-cvs.example");

        browser.get(home + "audit");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You don't have access to this page"));
        assertThat(browser.findElements(By.tagName("vaadin-side-nav"))).as("inside the normal layout").isNotEmpty();
        assertThat(browser.findElement(By.tagName("main")).findElements(By.tagName("a"))).as("a way on").isNotEmpty();

        browser.get(home + "no-such-page");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertThat(browser.findElement(By.tagName("main")).findElements(By.tagName("a"))).isNotEmpty();
    }

    /** Signs in as a demo login and opens the dashboard, saying where the browser was if that fails. */
    private void signInAs(String home, String login) {
        browser.manage().deleteAllCookies();
        browser.get(home + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(login);
        Pages.deepFind(browser, "[name='password'] input").sendKeys(DEMO_PASSWORD, org.openqa.selenium.Keys.ENTER);
        await.until(driver -> !browser.getCurrentUrl().endsWith("/login") || page().contains("did not work"));
        assertThat(page()).as(login + " signs in, at " + browser.getCurrentUrl()).doesNotContain("did not work");
        browser.get(home);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    /** The paths the signed-in person's menu offers. */
    private List<String> offeredPaths() {
        await.until(driver -> !browser.findElements(By.tagName("vaadin-side-nav-item")).isEmpty());
        var paths = new LinkedHashSet<String>();
        for (var item : browser.findElements(By.tagName("vaadin-side-nav-item"))) {
            String path = item.getDomAttribute("path");
            paths.add(path == null ? "" : path.replaceFirst("^/", ""));
        }
        return List.copyOf(paths);
    }

    /**
     * The pages of this organisation that the page's content links to, one for each kind of address
     * (ids and numbers in it count as the same kind), by kind: so a page reached only through another
     * (a policy, its editor) is checked too. Downloads and the API are not pages.
     */
    private java.util.Map<String, String> linkedPages(String home) {
        var found = new java.util.LinkedHashMap<String, String>();
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const main = document.querySelector('main') || document.body;
                return [...main.querySelectorAll('a[href]')].map(a => a.href);""");
        for (String href : hrefs) {
            if (!href.startsWith(home) || href.contains("#")) {
                continue;
            }
            String path = href.substring(home.length() - 1);
            // Not pages: the API, downloads (Vaadin serves them under /VAADIN/), files.
            if (path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.matches(".*\\.[a-z]{2,4}$") || path.equals("/")) {
                continue;
            }
            found.putIfAbsent(path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("/[0-9]+", "/{n}"), path);
        }
        return found;
    }

    /** Opens the page at both widths, with a pass of the Tab key, and gives its problems. */
    private List<String> check(String address, String where) {
        return check(address, where, true);
    }

    /** As {@link #check(String, String)}, or only at the desktop width without the Tab key unless {@code fully}. */
    private List<String> check(String address, String where, boolean fully) {
        var problems = new ArrayList<String>();
        for (var size : fully ? List.of(DESKTOP, PHONE) : List.of(DESKTOP)) {
            browser.manage().window().setSize(size);
            browser.get(address);
            try {
                await.until(driver -> !browser.findElements(By.tagName("h1")).isEmpty()
                        && !browser.findElement(By.tagName("h1")).getText().isBlank());
            } catch (org.openqa.selenium.TimeoutException none) {
                // PageChecks says so.
            }
            problems.addAll(PageChecks.problems(browser, where + (size == PHONE ? " (phone)" : " (desktop)"), size == PHONE));
            if (size == DESKTOP && fully) {
                problems.addAll(PageChecks.tabPassProblems(browser, where + " (keyboard)"));
            }
        }
        browser.manage().window().setSize(DESKTOP);
        return problems;
    }

    private String homeOf(String login) {
        String slug = switch (login.substring(login.indexOf('@') + 1)) {
            case "brookfield-cvs.example" -> "brookfield";
            case "riverside-allotments.example" -> "riverside-allotments";
            case "sharewell.example" -> "sharewell";
            default -> "elm-street-youth";
        };
        return "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
    }
}
