package org.sharewell.endtoend;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of a social media policy in the browser, through the gateway: Sharewell's operator
 * publishes a template; a CVS adopts it, is told which of its details the policy still needs, fills
 * them in (an answer of the wrong type is refused beside its field), rewrites two sections beside the
 * live preview and publishes version 1; three of its
 * four staff read it (Dee, who has no login, by her emailed link); the operator changes another section;
 * the CVS takes the change in with no conflict and publishes version 2, which asks everyone again and is
 * what the public page and the PDF show; a member group adopts the CVS's own template and the CVS sees
 * how it stands; and a volunteer asks "can I post this?" and is answered by the communications contact.
 */
class PolicyStoryE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";
    static final String OPERATOR = "admin@sharewell.example";
    static final String DEMO_PASSWORD = "demo-garden-kettle-42";
    static final String PHOTOS = "Ask before you take or share a photo of anyone, and record that they agreed.";

    @Test
    void fromTheOperatorsTemplateToAVolunteersAnsweredQuestion() throws Exception {
        String slug = "story-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Story template " + slug;
        var operator = new ApiClient(sharewell, "sharewell");

        signIn(operator.home(), OPERATOR, DEMO_PASSWORD);
        open(operator.home(), "policies", "Policies");
        clickButton("Start a document");
        type("Title", title);
        choose("Every organisation on Sharewell: a template for all");
        clickButton("Start");
        await.until(driver -> page().contains("Edit \"" + title + "\""));
        String template = idAtEndOf(browser.getCurrentUrl());
        paste(templateText());
        publish("First version");

        var cvs = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD, "INFRASTRUCTURE_BODY");
        String ada = cvs.token("ada@" + slug + ".example", PASSWORD);
        String ben = "ben@" + slug + ".example";
        cvs.addPersonWithLogin(ada, "Ben Baker", ben, PASSWORD);
        cvs.addPersonWithLogin(ada, "Cat Clark", "cat@" + slug + ".example", PASSWORD);
        String dee = "dee@" + slug + ".example";
        cvs.addPerson(ada, "Dee Dunn", dee);
        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "policies", "Policies");
        click(browser.findElement(By.xpath("//vaadin-button[@aria-label='Adopt " + title + "']")));
        clickButton("Adopt it");
        await.until(driver -> page().contains("Edit \"" + title + "\""));
        String policy = idAtEndOf(browser.getCurrentUrl());
        String editor = browser.getCurrentUrl();
        fillInTheDetails(slug);
        browser.get(editor);
        await.until(driver -> page().contains("Edit \"" + title + "\""));
        String ours = draftText().replace("Being online is part of our work, not an extra.",
                        "Being online is how most people first find us.")
                .replace("Write in plain words.", "Write in plain words, and keep posts short.");
        paste(ours);
        await.until(driver -> textOf(".preview").contains("how most people first find us"));
        assertThat(textOf(".preview")).as("filled in, in the preview").contains("Jo Bloggs")
                .doesNotContain("{{communications_contact}}");
        publish("First version");
        await.until(driver -> page().contains("Version 1, published on") && page().contains("keep posts short"));

        // Three of four read it: Dee by her emailed link, Ada here, Ben signed in through the API.
        String deesLink = linkInEmailTo(cvs, ada, dee, "/acknowledge/");
        press("I have read version 1");
        await.until(driver -> page().contains("your organisation can see that you have read it"));
        cvs.call("POST", "api/v1/me/to-read/" + policy + "/1", cvs.token(ben, PASSWORD), null);
        browser.manage().deleteAllCookies();
        browser.get(deesLink);
        await.until(driver -> page().contains("Hello Dee Dunn"));
        clickButton("I have read this");
        await.until(driver -> page().contains("Thank you"));
        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "policies/readers/" + policy, "Who has read it");
        assertThat(page()).contains("read by 3 of 4 (75%)");

        signIn(operator.home(), OPERATOR, DEMO_PASSWORD);
        open(operator.home(), "policies/edit/" + template, "Edit \"" + title + "\"");
        paste(draftText().replace(PHOTOS, "Ask before you take or share a photo of anyone, record that they agreed, "
                + "and delete it if they change their mind."));
        publish("Photos can be withdrawn");

        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "policies/edit/" + policy, "Edit \"" + title + "\"");
        click(browser.findElement(By.xpath("//a[normalize-space(.)='Changes from the document this one was adopted from']")));
        await.until(driver -> page().contains("has published version 2"));
        assertThat(page()).doesNotContain("Some changes are to text you have changed too");
        press("Take in version 2 as decided");
        assertThat(await.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card"))).getText())
                .contains("is taken in to your draft");
        await.until(driver -> page().contains("Edit \"" + title + "\"") && draftText().contains("change their mind"));
        assertThat(draftText()).as("our two sections are still ours").contains("how most people first find us", "keep posts short");
        publish("Sharewell's change on photos");
        await.until(driver -> page().contains("Version 2, published on"));
        open(cvs.home(), "policies/readers/" + policy, "Who has read it");
        assertThat(page()).as("version 2 is asked of everyone again").contains("Version 2 of", "read by 0 of 4 (0%)");

        browser.get(cvs.home() + "policy/" + policy);
        await.until(driver -> page().contains("Version 2, published on"));
        assertThat(textOf(".document")).contains("delete it if they change their mind", "how most people first find us");
        var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sharewell.address() + "t/" + slug + "/api/v1/public/policies/"
                + policy + "/pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("change their mind", "Version 2, published on");
        }

        memberGroupAdoptsTheCvsTemplate(cvs, ada, template, slug);
        volunteerAsksCanIPostThis(cvs, ada, slug);
    }

    private void memberGroupAdoptsTheCvsTemplate(ApiClient cvs, String ada, String template, String slug)
            throws Exception {
        String publisher = null;
        for (var offered : cvs.call("GET", "api/v1/published?kind=POLICY&limit=200", ada, null).get("items")) {
            publisher = offered.get("id").asString().equals(template) ? offered.get("publisher").asString() : publisher;
        }
        var forMembers = cvs.call("POST", "api/v1/adoptions", ada, """
                {"publisher": "%s", "document": "%s", "audience": "MEMBER_GROUPS"}""".formatted(publisher, template));
        String membersTemplate = forMembers.get("id").asString();
        cvs.call("PUT", "api/v1/documents/" + membersTemplate + "/draft", ada, """
                {"title": "Template for our members %s", "body": %s}""".formatted(slug,
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                        cvs.call("GET", "api/v1/documents/" + membersTemplate + "/draft", ada, null).get("body").asString())));
        cvs.call("POST", "api/v1/documents/" + membersTemplate + "/versions", ada, """
                {"change": "SUBSTANTIVE", "summary": "For our member groups"}""");

        // The group comes to Sharewell from the CVS's emailed invitation, and shares its policy with the CVS.
        String groupSlug = "grp-" + slug;
        String gusEmail = "gus@" + groupSlug + ".example";
        cvs.call("POST", "api/v1/member-groups", ada, """
                {"groupName": "Group %s", "email": "%s"}""".formatted(groupSlug, gusEmail));
        String invitation = idAtEndOf(linkInEmailTo(cvs, ada, gusEmail, "/join/"));
        new ApiClient(sharewell, null).call("POST", "api/v1/public/member-invitations/" + invitation + "/organisation", null, """
                {"organisationName": "Group %1$s", "slug": "%1$s", "kind": "LOCAL_GROUP", "adminName": "Gus Grant",
                 "email": "%2$s", "password": "%3$s"}""".formatted(groupSlug, gusEmail, PASSWORD));
        var group = new ApiClient(sharewell, groupSlug);
        String gus = group.token(gusEmail, PASSWORD);
        String link = group.call("GET", "api/v1/umbrellas", gus, null).get(0).get("id").asString();
        group.call("PUT", "api/v1/umbrellas/" + link + "/sharing/POLICY", gus, null);
        answerEverything(group, gus, groupSlug);

        signIn(group.home(), gusEmail, PASSWORD);
        open(group.home(), "policies", "Policies");
        click(browser.findElement(By.xpath("//vaadin-button[@aria-label='Adopt Template for our members " + slug + "']")));
        await.until(driver -> page().contains("Edit \"Template for our members " + slug + "\""));
        publish("First version");
        await.until(driver -> page().contains("Version 1, published on"));

        signIn(cvs.home(), "ada@" + slug + ".example", PASSWORD);
        open(cvs.home(), "policies", "Policies");
        await.until(driver -> page().contains("Group " + groupSlug + ": version 1, published on"));
        assertThat(page()).contains("review due by", "read by 0 of 1 (0%)");
    }

    private void volunteerAsksCanIPostThis(ApiClient cvs, String ada, String slug) throws Exception {
        String val = "val@" + slug + ".example";
        cvs.addPersonWithLogin(ada, "Val Volunteer", val, PASSWORD);
        signIn(cvs.home(), val, PASSWORD);
        click(browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Can I post this?']")));
        await.until(driver -> page().contains("Question 1 of 3"));
        choose("No, or I am not sure");
        clickButton("Next question");
        await.until(driver -> page().contains("Question 2 of 3"));
        choose("No, or I am not sure");
        clickButton("Next question");
        await.until(driver -> page().contains("Question 3 of 3"));
        choose("A view on behalf of Group " + slug);
        clickButton("Next question");
        await.until(driver -> page().contains("Check it first"));
        assertThat(page()).contains("check it first with Jo Bloggs, who will answer within 24 hours");
        String shared = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-text-field[readonly]').value;");
        assertThat(shared).contains("can-i-post?", "path=2.2.3");

        type("Your post, as you would write it", "We back the new bus route to the hospital.");
        type("Where it would go", "Facebook");
        type("Which of your organisation's accounts would post it", "Our Facebook page");
        // Enter takes the date typed and closes the calendar, which opens as one types.
        browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='Answer needed by']/@for]")).sendKeys(
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                org.openqa.selenium.Keys.ENTER);
        await.until(driver -> browser.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());
        clickButton("Send it to be checked");
        await.until(driver -> page().contains("The posts you asked about") && page().contains("Waiting for an answer"));
        browser.get(shared);
        await.until(driver -> page().contains("Check it first"));

        String contactsLink = linkInEmailTo(cvs, ada, "comms@" + slug + ".example", "/check/");
        browser.manage().deleteAllCookies();
        browser.get(contactsLink);
        await.until(driver -> page().contains("Can this be posted?") && page().contains("We back the new bus route"));
        choose("Change it first");
        type("A note for the person who asked", "Say it is our members' view, and link to the consultation.");
        clickButton("Send the answer");
        await.until(driver -> page().contains("Thank you"));

        signIn(cvs.home(), val, PASSWORD);
        open(cvs.home(), "can-i-post/requests", "The posts you asked about");
        await.until(driver -> page().contains("Change it first"));
        var told = cvs.call("GET", "api/v1/sent-email", ada, null).get("items");
        boolean emailed = false;
        for (var sent : told) {
            emailed |= sent.get("email").get("to").asString().equals(val)
                    && sent.get("email").get("text").asString().contains("link to the consultation");
        }
        assertThat(emailed).as("Val is emailed the answer and its note").isTrue();
    }

    /** The CVS's details for its policies, told what it still needs and what is wrong with an answer. */
    private static void fillInTheDetails(String slug) {
        assertThat(page()).contains("Before you can publish, fill in", "Communications contact");
        click(browser.findElement(By.xpath("//a[normalize-space(.)=\"Fill in your organisation's details\"]")));
        await.until(driver -> page().contains("details for its policies"));
        type("Communications contact: who checks a post before it goes out", "Jo Bloggs");
        type("The communications contact's email address", "not an address");
        clickButton("Save");
        await.until(driver -> page().contains("Enter an email address") || page().contains("email address in the right"));
        type("The communications contact's email address", "comms@" + slug + ".example");
        for (String[] answer : new String[][]{{"Who checks posts when the communications contact is away", "Sam Deputy"},
                {"Who to tell first when something goes wrong online", "Pat Escalation"}, {"Their phone number", "0121 496 0000"},
                {"Safeguarding lead", "Lee Safe"}, {"The safeguarding lead's phone number", "0121 496 0001"},
                {"Chair of the trustees (or of the committee)", "Chris Chair"},
                {"How quickly a post is checked, in hours", "24"}, {"How often the policy is reviewed, in months", "12"},
                {"Your website's address", "https://www.example.org.uk"}}) {
            type(answer[0], answer[1]);
        }
        clickButton("Save");
        await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Details saved')]")));
    }

    /** Presses the button that reads so, wherever the page has scrolled to. */
    private static void press(String text) {
        var found = await.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", found);
    }

    /** Pastes the text into the editor, as a person pasting a whole document would. */
    private static void paste(String text) {
        var area = browser.findElement(By.cssSelector("vaadin-text-area textarea"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", area, text);
    }

    private static String draftText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-text-area textarea').value;");
    }

    /** Publishes the draft open in the editor; a first version needs no summary. */
    private static void publish(String summary) {
        // Below a long text the button can sit past the layout's own scrolling; a person scrolls on to it.
        press("Publish…");
        await.until(driver -> page().contains("What changed, in a sentence"));
        if (!summary.equals("First version")) {
            type("What changed, in a sentence", summary);
        }
        clickButton("Publish");
        await.until(driver -> page().contains("is published"));
    }

    private static void answerEverything(ApiClient organisation, String token, String slug) throws Exception {
        organisation.call("PUT", "api/v1/placeholder-answers", token, """
                {"communications_contact": "Jo Bloggs", "communications_email": "comms@%s.example",
                 "deputy_contact": "Sam Deputy", "escalation_contact": "Pat Escalation", "escalation_phone": "0121 496 0000",
                 "safeguarding_lead": "Lee Safe", "safeguarding_phone": "0121 496 0001", "chair": "Chris Chair",
                 "response_hours": "24", "review_months": "12", "website": "https://www.example.org.uk"}""".formatted(slug));
    }

    private static String templateText() throws Exception {
        try (var in = PolicyStoryE2E.class.getResourceAsStream("/templates/policy/social-media-policy.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String idAtEndOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1);
    }
}
