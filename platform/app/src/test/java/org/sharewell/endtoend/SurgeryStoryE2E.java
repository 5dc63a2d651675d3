package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of a Social Media Surgery in the browser, through the gateway: a CVS sets up a monthly surgery
 * of 6 places and is warned first of a neighbour's at the same time; a group books 2 places from the
 * public page with no account and is emailed the calendar entry; the date fills and two more groups join
 * its waiting list, one from the page; the first group cancels by its emailed link, and the first waiting
 * is offered a place and takes it by their own, while the second, offered the other, says no; the host sees who booked and who waited, and cancels another
 * date, which the calendar feed then shows as cancelled; and a third group books every date at once.
 */
class SurgeryStoryE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void fromANewMonthlySurgeryToASeriesBookingWithNoAccount() throws Exception {
        String slug = "surgery-" + UUID.randomUUID().toString().substring(0, 8);
        var cvs = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD, "INFRASTRUCTURE_BODY");
        String ada = cvs.token("ada@" + slug + ".example", PASSWORD);
        LocalDate first = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        var neighbour = ApiClient.signUp(sharewell, "n" + slug, "nia@" + slug + ".example", PASSWORD, "INFRASTRUCTURE_BODY");
        neighbour.call("POST", "api/v1/surgeries", neighbour.token("nia@" + slug + ".example", PASSWORD), """
                {"title": "Neighbours' drop-in %s", "venue": "Community centre", "postcode": "ZW4 1AA", "firstDay": "%s",
                 "starts": "18:30", "ends": "19:30", "places": 4, "clashesSeen": true}""".formatted(slug, first));

        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "our-surgeries", "Surgeries");
        click(browser.findElement(By.xpath("//a[normalize-space(.)='New surgery']")));
        await.until(driver -> page().contains("New surgery") && !browser.findElements(By.tagName("vaadin-time-picker")).isEmpty());
        type("Title", "Monthly surgery " + slug);
        type("Venue", "The library");
        type("Postcode", "ZW1 2BB");
        browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='First day']/@for]"))
                .sendKeys(first.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        await.until(driver -> browser.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());
        select("How often", "Each month, on the same weekday");
        await.until(driver -> page().contains("the first Tuesday of each month"));
        type("How many dates", "4");
        time("Starts", "18:00");
        time("Ends", "20:00");
        clickButton("Create surgery");
        await.until(driver -> page().contains("Another surgery is at the same time"));
        assertThat(page()).contains("Neighbours' drop-in " + slug, "in the same postcode area (ZW)");
        clickButton("Create it anyway");
        await.until(driver -> page().contains("Bookings are confirmed at once"));
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Bookings']"))).hasSize(4);

        // Rita books 2 places from the public page, with no account.
        browser.manage().deleteAllCookies();
        browser.get(cvs.home() + "surgeries");
        await.until(driver -> page().contains("6 of 6 places left"));
        click(browser.findElements(By.xpath("//a[normalize-space(.)='Book a place']")).getFirst());
        fillInBooking("Rita Patel", "rita@" + slug + ".example", "Riverside Allotment Society");
        choose("2 people");
        clickButton("Book");
        await.until(driver -> page().contains("You are booked"));
        var ritasEmail = emailTo(cvs, ada, "rita@" + slug + ".example");
        assertThat(ritasEmail.get("subject").asString()).startsWith("Booked: Monthly surgery " + slug);
        assertThat(ritasEmail.get("attachment").get("filename").asString()).isEqualTo("surgery.ics");

        String formToken = cvs.call("GET", "api/v1/public/booking-forms", null, null).get("formToken").asString();
        Thread.sleep(3_100);
        String dateId = cvs.call("GET", "api/v1/public/surgery-dates", null, null).get(0).get("id").asString();
        for (int i = 0; i < 4; i++) {
            cvs.call("POST", "api/v1/public/surgery-dates/" + dateId + "/bookings", null, form("g" + i + "@" + slug + ".example",
                    formToken));
        }

        // Full now: Wendy joins the waiting list from the page.
        browser.get(cvs.home() + "surgeries");
        await.until(driver -> page().contains("Full: join the waiting list"));
        click(browser.findElements(By.xpath("//a[normalize-space(.)='Join the waiting list']")).getFirst());
        fillInBooking("Wendy Wood", "wendy@" + slug + ".example", "Wendy's Knitting Circle");
        clickButton("Join the waiting list");
        await.until(driver -> page().contains("You are on the waiting list"));
        assertThat(page()).contains("You are number 1 in line");
        cvs.call("POST", "api/v1/public/surgery-dates/" + dateId + "/waiting-list", null, form("will@" + slug + ".example",
                formToken));

        // Rita cancels by her emailed link; Wendy is offered the place at once and takes it by hers.
        browser.get(linkInEmailTo(cvs, ada, "rita@" + slug + ".example", "/booking/"));
        clickButton("Cancel this booking");
        await.until(driver -> page().contains("Your booking is cancelled"));
        browser.get(linkInEmailTo(cvs, ada, "wendy@" + slug + ".example", "/waiting/"));
        await.until(driver -> page().contains("A place is yours"));
        clickButton("Take the place");
        await.until(driver -> page().contains("You are booked"));
        // Will was offered Rita's second place too, and says he no longer needs it: it is free again.
        String willsLink = linkInEmailTo(cvs, ada, "will@" + slug + ".example", "/waiting/");
        assertThat(cvs.call("POST", "api/v1/public/waiting/" + willsLink.substring(willsLink.lastIndexOf('/') + 1) + "/departure",
                null, null).get("status").asString()).isEqualTo("LEFT");

        // The host sees who booked and who waited, and cancels the third date.
        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "our-surgeries", "Surgeries");
        click(browser.findElement(By.xpath("//a[@aria-label='The dates of Monthly surgery " + slug + "']")));
        await.until(driver -> browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Bookings']")).size() == 4);
        click(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Bookings']")).getFirst());
        await.until(driver -> page().contains("Who booked"));
        assertThat(page()).contains("Cancelled by the group", "Wendy's Knitting Circle", "Took a place", "Left the list");
        browser.navigate().back();
        await.until(driver -> browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Bookings']")).size() == 4);
        click(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Bookings']")).get(2));
        await.until(driver -> page().contains("Cancel this date"));
        type("Why it is cancelled", "The library is closed for repairs.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
                browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Cancel this date']")));
        await.until(driver -> page().contains("Cancelled. Everyone booked has been told why."));
        String feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sharewell.address() + "t/" + slug
                + "/api/v1/public/surgery-calendar")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(feed).contains("BEGIN:VCALENDAR", "STATUS:CANCELLED", "TZID=Europe/London");

        // Sam books a place at every date still open, from the second date's page.
        browser.manage().deleteAllCookies();
        browser.get(cvs.home() + "surgeries");
        await.until(driver -> page().contains("Cancelled"));
        click(browser.findElements(By.xpath("//a[normalize-space(.)='Book a place']")).getFirst());
        fillInBooking("Sam Singh", "sam@" + slug + ".example", "Brookfield Bowls Club");
        click(browser.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)="
                + "'Book the same at every date of this surgery still to come']")));
        clickButton("Book");
        await.until(driver -> page().contains("You are booked"));
        assertThat(page()).as("each date still open: the first, second and fourth").contains(day(first, 0), day(first, 1),
                day(first, 3)).doesNotContain(day(first, 2));
    }

    /** Fills in who is booking, as a person does, then gives them the moments a person takes. */
    private static void fillInBooking(String name, String email, String group) throws InterruptedException {
        await.until(driver -> page().contains("Your name"));
        type("Your name", name);
        type("Your email address", email);
        type("Your group's name", group);
        select("What kind of group is it?", "A voluntary or community group");
        choose("Yes");
        click(browser.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)='A Facebook page or group']")));
        choose("Some help, sitting with someone for a while");
        Thread.sleep(3_000);
    }

    private static void select(String label, String item) {
        click(browser.findElement(By.xpath("//vaadin-select[label[normalize-space(.)=\"" + label + "\"]]")));
        click(await.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)=\"" + item + "\"]"))));
    }

    private static void time(String label, String value) {
        var input = browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='" + label + "']/@for]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value, Keys.ENTER);
    }

    private static tools.jackson.databind.JsonNode emailTo(ApiClient api, String token, String address) throws Exception {
        for (var sent : api.call("GET", "api/v1/sent-email", token, null).get("items")) {
            if (sent.get("email").get("to").asString().equals(address)) {
                return sent.get("email");
            }
        }
        throw new IllegalStateException("No email to " + address);
    }

    /** The first Tuesday so many months after the first date, as the pages write it. */
    private static String day(LocalDate first, int months) {
        return first.plusMonths(months).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static String form(String email, String token) {
        return """
                {"requestKey": "%s", "name": "A person", "email": "%s", "groupName": "A group", "groupKind": "CLUB",
                 "voluntary": true, "needs": ["WEBSITE"], "help": "A_LITTLE", "places": 1, "formToken": "%s"}"""
                .formatted(UUID.randomUUID(), email, token);
    }
}
