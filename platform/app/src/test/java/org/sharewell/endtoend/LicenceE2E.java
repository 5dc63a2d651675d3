package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licence to post, in the browser, each person at their own login: a volunteer applies, a
 * champion records the training, the coordinator grants it for 12 months, and the admin finds every
 * step in the audit log with who did it.
 */
class LicenceE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void aVolunteerIsTrainedAndLicensedThroughTheScreens() throws Exception {
        String slug = "lic-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD);
        String admin = api.token("ada@" + slug + ".example", PASSWORD);
        for (String[] someone : new String[][]{{"Val Volunteer", "val"}, {"Cam Champion", "cam", "CHAMPION"},
                {"Cora Coordinator", "cora", "ACCOUNT_COORDINATOR"}}) {
            String email = someone[1] + "@" + slug + ".example";
            String[] roles = java.util.Arrays.copyOfRange(someone, 2, someone.length);
            String id = api.addPerson(admin, someone[0], email, roles);
            api.acceptInvitation(api.invitationLink(admin, id, email), PASSWORD);
        }

        signIn(api, "val@" + slug + ".example");
        browser.get(api.home() + "my-licence");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My licence to post"));
        clickButton("Apply for a licence");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Training recorded: 0 of 3"));

        signIn(api, "cam@" + slug + ".example");
        openApplicationOf(api, "Val Volunteer");
        // Each tick redraws the checklist, and a click that lands while the dialog is still opening
        // is lost, so keep ticking the next unticked item until the server shows all three.
        await.ignoring(StaleElementReferenceException.class).until(driver -> {
            if (driver.findElements(By.cssSelector("vaadin-checkbox[checked]")).size() == 3) {
                return true;
            }
            driver.findElements(By.cssSelector("vaadin-checkbox:not([checked])")).stream().findFirst()
                    .ifPresent(WebElement::click);
            return false;
        });
        // A box is ticked in the page before the server hears of it; the notes are written by the server.
        await.until(ExpectedConditions.numberOfElementsToBe(
                By.xpath("//span[@class='training-note' and starts-with(., 'Recorded by Cam Champion')]"), 3));

        signIn(api, "cora@" + slug + ".example");
        openApplicationOf(api, "Val Volunteer");
        LocalDate inAYear = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(12);
        var date = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='Expiry date (optional)']/@for]"));
        date.sendKeys(inAYear.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        clickButton("Grant licence");
        await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Licence granted to Val Volunteer')]")));
        String granted = "Licence valid until " + inAYear.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

        signIn(api, "ada@" + slug + ".example");
        browser.get(api.home() + "audit");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Cora Coordinator"));
        String log = browser.findElement(By.tagName("vaadin-grid")).getText();
        assertThat(log).contains("Val Volunteer", "Cam Champion", "Cora Coordinator", granted)
                .contains("Applied for a licence to post", "Training recorded", "Licence granted");
        assertThat(log).as("each step says when, in UK time").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
    }

    private void signIn(ApiClient api, String email) {
        browser.manage().deleteAllCookies();
        browser.get(api.home() + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys(email);
        Pages.deepFind(browser, "[name='password'] input").sendKeys(PASSWORD, Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    private void openApplicationOf(ApiClient api, String name) {
        browser.get(api.home() + "licences");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']")).click();
        await.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h3[normalize-space(.)='Training']")));
    }

    private void clickButton(String text) {
        await.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")))
                .click();
    }
}
