package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ordinary volunteer, invited by email, creates their login in the browser and finds that the
 * admin pages are neither offered nor reachable.
 */
class VolunteerE2E extends BrowserTest {


    @Test
    void anInvitedVolunteerJoinsButIsNotOfferedAdminWork() throws Exception {
        String slug = "vol-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", "maple harbour violin 31");
        String home = api.home();
        String admin = api.token("ada@" + slug + ".example", "maple harbour violin 31");
        String id = api.addPerson(admin, "Vera Volunteer", "vera@" + slug + ".example");
        String link = api.invitationLink(admin, id, "vera@" + slug + ".example");
        assertThat(link).startsWith(home);

        browser.get(link);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Vera Volunteer"));
        Pages.type(browser, "Choose a password", "lantern meadow copper 64");
        Pages.type(browser, "Type the password again", "lantern meadow copper 64");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Create my login']")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your login is ready"));

        browser.get(home + "login");
        await.until(driver -> Pages.deepFind(browser, "[name='username'] input") != null);
        Pages.deepFind(browser, "[name='username'] input").sendKeys("vera@" + slug + ".example");
        var password = Pages.deepFind(browser, "[name='password'] input");
        password.sendKeys("lantern meadow copper 64");
        password.sendKeys(Keys.ENTER);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Vera Volunteer"));

        String navigation = browser.findElement(By.tagName("vaadin-side-nav")).getText();
        assertThat(navigation).contains("Dashboard").doesNotContain("People", "Settings", "Audit log");

        browser.get(home + "settings");
        await.until(driver -> !driver.findElements(By.tagName("body")).isEmpty());
        assertThat(browser.findElements(By.xpath("//h1[normalize-space(.)='Settings']"))).isEmpty();
        assertThat(api.call("GET", "api/v1/people", api.token("vera@" + slug + ".example", "lantern meadow copper 64"), null)
                .path("status").asInt()).isEqualTo(403);
    }
}
