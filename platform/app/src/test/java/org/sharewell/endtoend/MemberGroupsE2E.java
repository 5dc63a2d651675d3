package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's path through the screens: an umbrella body invites two groups; one follows the emailed
 * link, brings itself to Sharewell and chooses what to share; the other declines. The umbrella then
 * sees both outcomes in its list of member groups and in its audit log.
 */
class MemberGroupsE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void anUmbrellaInvitesTwoGroupsOneJoinsAndOneDeclines() throws Exception {
        String cvs = "e2e-cvs-" + UUID.randomUUID().toString().substring(0, 8);
        signUpUmbrella(cvs);
        signIn(home(cvs), "chris@" + cvs + ".example", PASSWORD);
        invite(cvs, "Larkspur Friends", "lee@larkspur.example");
        invite(cvs, "Bramble Walkers", "bo@bramble.example");
        screenshot("membership-1-invited");

        open(home(cvs), "mailbox", "Sent email");
        String larkspurLink = joinLinkSentTo("lee@larkspur.example");
        String brambleLink = joinLinkSentTo("bo@bramble.example");

        browser.get(larkspurLink);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "invites Larkspur Friends"));
        screenshot("membership-2-join-page");
        String group = "e2e-group-" + UUID.randomUUID().toString().substring(0, 8);
        Pages.type(browser, "Web address name", group);
        Pages.type(browser, "Your name", "Lee Larkspur");
        Pages.type(browser, "Choose a password", PASSWORD);
        button("Create our organisation and accept").click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Larkspur Friends is on Sharewell"));
        assertThat(page()).contains("It is now a member group of Chris's CVS.");

        signIn(home(group), "lee@larkspur.example", PASSWORD);
        open(home(group), "umbrellas", "Umbrella bodies");
        assertThat(page()).contains("Chris's CVS", "Member group since", "An admin can sign in: Done on");
        browser.findElement(By.xpath("//vaadin-checkbox[contains(., 'Skills check results')]")).click();
        await.until(driver -> page().contains("Now sharing with Chris's CVS"));
        screenshot("membership-3-umbrella-bodies");

        browser.get(brambleLink);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "invites Bramble Walkers"));
        button("Decline the invitation").click();
        await.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Decline']"))).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You declined the invitation"));

        signIn(home(cvs), "chris@" + cvs + ".example", PASSWORD);
        open(home(cvs), "member-groups", "Member groups");
        assertThat(page()).contains("Member group since", "Lee Larkspur (lee@larkspur.example)", "Skills check results",
                "Social media policy adopted: Not yet", "Bramble Walkers")
                .containsIgnoringCase("declined");
        screenshot("membership-4-member-groups");

        open(home(cvs), "audit", "Audit log");
        await.until(driver -> page().contains("Bramble Walkers"));
        assertThat(page()).contains("Member group invited", "Member group joined", "Larkspur Friends", "Lee Larkspur",
                "Invitation declined", "Bramble Walkers", "Chris");
    }

    private void invite(String cvs, String group, String email) {
        open(home(cvs), "member-groups", "Member groups");
        Pages.type(browser, "Group name", group);
        Pages.type(browser, "Email address to send the invitation to", email);
        button("Send invitation").click();
        await.until(driver -> page().contains(group) && page().contains("Waiting for an answer"));
    }

    /** The join link in the email sent to the given address, read from the "Sent email" page. */
    private String joinLinkSentTo(String email) {
        var sent = browser.findElement(By.xpath("//vaadin-details[contains(., 'to " + email + "')]"));
        var link = Pattern.compile("http://localhost:\\d+/join/[A-Za-z0-9_-]+").matcher(sent.getDomProperty("textContent"));
        assertThat(link.find()).as("a join link in the email to %s", email).isTrue();
        return link.group();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SignUpAndSignInE2E.SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SignUpAndSignInE2E.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void signUpUmbrella(String slug) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sharewell.address() + "api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationName": "Chris's CVS", "slug": "%1$s", "kind": "INFRASTRUCTURE_BODY",
                         "adminName": "Chris", "email": "chris@%1$s.example", "password": "%2$s"}""".formatted(slug, PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String home(String slug) {
        return "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
    }
}
