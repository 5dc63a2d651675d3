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
            api.addPersonWithLogin(admin, someone[0], email, PASSWORD, roles);
        }

        signIn(api.home(), "val@" + slug + ".example", PASSWORD);
        browser.get(api.home() + "my-licence");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My licence to post"));
        clickButton("Apply for a licence");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Training recorded: 0 of 3"));

        signIn(api.home(), "cam@" + slug + ".example", PASSWORD);
        openApplicationOf(api, "Val Volunteer");
        tickAllTraining("Cam Champion");

        signIn(api.home(), "cora@" + slug + ".example", PASSWORD);
        openApplicationOf(api, "Val Volunteer");
        LocalDate inAYear = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(12);
        var date = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='Expiry date (optional)']/@for]"));
        date.sendKeys(inAYear.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        clickButton("Grant licence");
        await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Licence granted to Val Volunteer')]")));
        String granted = "Licence valid until " + inAYear.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

        signIn(api.home(), "ada@" + slug + ".example", PASSWORD);
        browser.get(api.home() + "audit");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Cora Coordinator"));
        String log = browser.findElement(By.tagName("vaadin-grid")).getText();
        assertThat(log).contains("Val Volunteer", "Cam Champion", "Cora Coordinator", granted)
                .contains("Applied for a licence to post", "Training recorded", "Licence granted");
        assertThat(log).as("each step says when, in UK time").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
    }

    @Test
    void aLicenceIsGrantedOnlyOnceAllTheTrainingIsRecordedAndARefusalSaysWhatIsMissing() throws Exception {
        String slug = "lic-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD);
        String admin = api.token("ada@" + slug + ".example", PASSWORD);
        // Ada records training as a tenant admin and decides as the account coordinator.
        api.call("PUT", "api/v1/people/" + api.me(admin).get("id").asString() + "/key-roles/ACCOUNT_COORDINATOR", admin, null);
        api.addPersonWithLogin(admin, "Val Volunteer", "val@" + slug + ".example", PASSWORD);
        var application = api.applyForLicence(api.token("val@" + slug + ".example", PASSWORD));

        signIn(api.home(), "ada@" + slug + ".example", PASSWORD);
        openApplicationOf(api, "Val Volunteer");
        assertThat(button("Grant licence").getAttribute("disabled")).as("grant before any training").isNotNull();
        assertThat(page()).contains("A licence can be granted once all the training is recorded.");
        tickAllTraining("Ada Admin");
        await.until(driver -> button("Grant licence").getAttribute("disabled") == null);
        assertThat(page()).contains("All the required training is recorded.");

        // Meanwhile the first record is taken back elsewhere, so the screen is out of date when Ada grants.
        var first = application.get("training").get(0);
        String path = "api/v1/licence-applications/" + application.get("id").asString();
        api.call("DELETE", path + "/training/" + first.get("itemId").asString(), admin, null);
        clickButton("Grant licence");
        await.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-notification-card[contains(., "
                + "'A licence can be granted only once all the required training is recorded. Still to do: "
                + first.get("title").asString() + ".')]")));
        assertThat(api.call("GET", path, admin, null).get("status").asString()).isEqualTo("PENDING");

        clickButton("Close");
        openApplicationOf(api, "Val Volunteer");
        tickAllTraining("Ada Admin");
        clickButton("Grant licence");
        await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Licence granted to Val Volunteer')]")));
        assertThat(api.call("GET", path, admin, null).get("status").asString()).isEqualTo("GRANTED");
    }

    private void openApplicationOf(ApiClient api, String name) {
        browser.get(api.home() + "licences");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), name));
        browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']")).click();
        await.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h3[normalize-space(.)='Training']")));
    }

    /** Ticks every piece of training in the open application, and waits until the server has recorded each. */
    private void tickAllTraining(String recorder) {
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
                By.xpath("//span[@class='training-note' and starts-with(., 'Recorded by " + recorder + "')]"), 3));
    }
}
