package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds and changes people in the person dialog: what the people module refuses is said
 * beside the field it concerns, and a change is saved whole or not at all.
 */
class PeopleE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void aPersonWithAMistypedEmailIsNotAddedAndTheMistakeIsShownBesideTheEmail() throws Exception {
        var organisation = signUpAndSignIn();
        openPeople(organisation);
        clickButton("Add a person");
        await.until(ExpectedConditions.presenceOfElementLocated(label("Email address (optional)")));
        Pages.type(browser, "Name", "Bea Brown");
        Pages.type(browser, "Email address (optional)", "bea at example");
        browser.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Staff']")).click();
        clickButton("Save");

        await.until(driver -> problemBeside("Email address (optional)")
                .equals("Enter an email address in the right format, like name@example.org."));
        assertThat(field("Email address (optional)").getAttribute("invalid")).isNotNull();
        assertThat(names(organisation)).containsExactly("Ada Admin");
    }

    @Test
    void theOnlyAdminCannotDropTheirAdminRoleAndTheirRenamingIsNotSavedEither() throws Exception {
        var organisation = signUpAndSignIn();
        openPeople(organisation);
        openPerson("Ada Admin");
        Pages.type(browser, "Name", "Ada Renamed");
        checkbox("Admin").click();
        clickButton("Save");

        await.until(driver -> problemBeside("Key roles").equals("Every organisation needs at least one admin who is active. "
                + "Make someone else an admin first."));
        clickButton("Cancel");
        openPerson("Ada Admin");
        assertThat(value("Name")).isEqualTo("Ada Admin");
        assertThat(checkbox("Admin").getAttribute("checked")).isNotNull();
        JsonNode ada = organisation.api().me(organisation.adminToken());
        assertThat(ada.get("fullName").asString()).isEqualTo("Ada Admin");
        assertThat(ada.get("keyRoles").toString()).contains("TENANT_ADMIN");
    }

    @Test
    void aNewNameKeyRoleAndLevelAreSavedTogether() throws Exception {
        var organisation = signUpAndSignIn();
        var api = organisation.api();
        String admin = organisation.adminToken();
        // The higher levels need a valid licence, which Ada grants as the account coordinator too.
        api.call("PUT", "api/v1/people/" + api.me(admin).get("id").asString() + "/key-roles/ACCOUNT_COORDINATOR", admin, null);
        String lee = api.addPersonWithLogin(admin, "Lee Learner", "lee@" + api.slug() + ".example", PASSWORD);
        api.license(admin, api.token("lee@" + api.slug() + ".example", PASSWORD));

        openPeople(organisation);
        openPerson("Lee Learner");
        Pages.type(browser, "Name", "Lee Licensed");
        checkbox("Social media champion").click();
        browser.findElement(By.tagName("vaadin-select")).click();
        await.until(driver -> Pages.deepFindByText(driver, "vaadin-select-item", "Licensed poster") != null);
        Pages.deepFindByText(browser, "vaadin-select-item", "Licensed poster").click();
        clickButton("Save");

        await.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-notification-card[contains(., 'Saved.')]")));
        openPerson("Lee Licensed");
        assertThat(checkbox("Social media champion").getAttribute("checked")).isNotNull();
        assertThat(browser.findElement(By.tagName("vaadin-select")).getText()).contains("Licensed poster");
        JsonNode saved = api.call("GET", "api/v1/people/" + lee, admin, null);
        assertThat(saved.get("fullName").asString()).isEqualTo("Lee Licensed");
        assertThat(saved.get("keyRoles").toString()).contains("CHAMPION");
        assertThat(saved.get("level").asString()).isEqualTo("LICENSED_POSTER");
    }

    /** A new organisation whose admin, Ada, is signed in. */
    private static Organisation signUpAndSignIn() throws Exception {
        String slug = "ppl-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "ada@" + slug + ".example";
        var api = ApiClient.signUp(sharewell, slug, email, PASSWORD);
        signIn(api.home(), email, PASSWORD);
        return new Organisation(api, api.token(email, PASSWORD));
    }

    private static void openPeople(Organisation organisation) {
        open(organisation.api().home(), "people", "People");
    }

    /** Opens the person's dialog, once any dialog open before has gone. */
    private static void openPerson(String name) {
        await.until(ExpectedConditions.numberOfElementsToBe(label("Key roles"), 0));
        await.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"))).click();
        await.until(ExpectedConditions.presenceOfElementLocated(label("Key roles")));
    }

    private static By label(String text) {
        return By.xpath("//label[normalize-space(.)='" + text + "']");
    }

    /** The field (a Vaadin element holding its own label) whose label reads exactly so. */
    private static WebElement field(String labelText) {
        return browser.findElement(By.xpath("//*[label[normalize-space(.)='" + labelText + "']]"));
    }

    private static String problemBeside(String labelText) {
        return field(labelText).findElements(By.xpath("./*[@slot='error-message']")).stream()
                .map(message -> message.getDomProperty("textContent").strip()).findFirst().orElse("");
    }

    private static String value(String labelText) {
        return browser.findElement(By.xpath("//input[@id=//label[normalize-space(.)='" + labelText + "']/@for]"))
                .getDomProperty("value");
    }

    private static WebElement checkbox(String text) {
        return browser.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)='" + text + "']"));
    }

    /** Everyone in the organisation, by name, as the API lists them. */
    private static List<String> names(Organisation organisation) throws Exception {
        var names = new ArrayList<String>();
        organisation.api().call("GET", "api/v1/people", organisation.adminToken(), null).get("items")
                .forEach(person -> names.add(person.get("fullName").asString()));
        return names;
    }

    private record Organisation(ApiClient api, String adminToken) {
    }
}
