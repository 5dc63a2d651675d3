package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CVS's admin, in the browser through the gateway, adopts Sharewell's social media policy template,
 * is told which of the organisation's details it still needs, fills them in, adds a paragraph of its
 * own beside the live preview, and publishes version 1; a volunteer with no login reads it from the
 * link emailed to her and says so, once.
 */
class PoliciesE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void anAdminAdoptsTheTemplateFillsItInEditsItAndPublishesIt() throws Exception {
        String slug = "pol-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD, "INFRASTRUCTURE_BODY");
        String admin = api.token("ada@" + slug + ".example", PASSWORD);
        String dee = "dee@" + slug + ".example";
        api.addPerson(admin, "Dee Dunn", dee);
        signIn(api.home(), "ada@" + slug + ".example", PASSWORD);

        open(api.home(), "policies", "Policies");
        assertThat(page()).contains("Templates you can adopt", "Social media policy", "From Sharewell");
        click(browser.findElement(By.xpath("//vaadin-button[@aria-label='Adopt Social media policy']")));
        clickButton("Adopt it");
        // By the page's text, not what is in view: the editor's content area may open scrolled.
        await.until(driver -> page().contains("Edit \"Social media policy\""));
        String editor = browser.getCurrentUrl();
        assertThat(page()).contains("Before you can publish, fill in", "Communications contact");

        click(browser.findElement(By.xpath("//a[normalize-space(.)=\"Fill in your organisation's details\"]")));
        await.until(driver -> page().contains("details for its policies"));
        type("Communications contact: who checks a post before it goes out", "Priya Shah");
        type("The communications contact's email address", "not an address");
        clickButton("Save");
        await.until(driver -> page().contains("Enter an email address") || page().contains("email address in the right"));
        type("The communications contact's email address", "comms@" + slug + ".example");
        for (String[] answer : new String[][]{{"Who checks posts when the communications contact is away", "Sam Okoye"},
                {"Who to tell first when something goes wrong online", "Priya Shah"}, {"Their phone number", "0121 496 0000"},
                {"Safeguarding lead", "Daniel Hughes"}, {"The safeguarding lead's phone number", "0121 496 0001"},
                {"Chair of the trustees (or of the committee)", "Daniel Hughes"},
                {"How quickly a post is checked, in hours", "24"}, {"How often the policy is reviewed, in months", "12"},
                {"Your website's address", "https://www." + slug + ".example.org"}}) {
            type(answer[0], answer[1]);
        }
        clickButton("Save");
        await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Details saved')]")));

        browser.get(editor);
        await.until(driver -> page().contains("Edit \"Social media policy\""));
        WebElement text = browser.findElement(By.cssSelector("vaadin-text-area textarea"));
        click(text);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n## In Welsh too\nWe post in Welsh as well as English.");
        await.until(driver -> textOf(".preview").contains("We post in Welsh"));
        assertThat(textOf(".preview")).as("filled in, in the preview")
                .contains("Priya Shah").doesNotContain("{{communications_contact}}");

        clickButton("Publish…");
        clickButton("Publish");
        await.until(driver -> page().contains("Version 1, published on"));
        assertThat(textOf(".document"))
                .contains("Social media policy for Group " + slug, "Priya Shah", "We post in Welsh as well as English.");
        String policy = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        // Dee has no login: her emailed link shows the policy and takes "I have read this", once.
        String link = linkInEmailTo(api, admin, dee, "/acknowledge/");
        browser.manage().deleteAllCookies();
        browser.get(link);
        await.until(driver -> page().contains("Hello Dee Dunn") && page().contains("We post in Welsh as well as English."));
        clickButton("I have read this");
        await.until(driver -> page().contains("Thank you"));
        browser.get(link);
        await.until(driver -> page().contains("This link no longer works"));
        var status = api.call("GET", "api/v1/policies/" + policy + "/acknowledgements", admin, null);
        assertThat(status.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(status.get("asked").asInt()).as("Ada and Dee").isEqualTo(2);
    }
}
