package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu offers an admin only the pages their organisation has a use for, and the address of a
 * page it does not offer is refused, just as for a page the person's role does not allow.
 */
class OfferedPagesE2E extends BrowserTest {

    static final String PASSWORD = "kettle orchard lantern 77";

    @Test
    void aLocalGroupIsOfferedItsUmbrellaBodiesButCannotOpenMemberGroups() throws Exception {
        String home = signUpAndSignIn("LOCAL_GROUP");
        assertThat(menu()).contains("Dashboard", "People", "Umbrella bodies", "Settings", "Audit log")
                .doesNotContain("Member groups");

        assertRefused(home, "member-groups", "Member groups");
        open(home, "umbrellas", "Umbrella bodies");
    }

    @Test
    void anInfrastructureBodyWithNoUmbrellaBodyIsNotOfferedThatEmptyPage() throws Exception {
        String home = signUpAndSignIn("INFRASTRUCTURE_BODY");
        assertThat(menu()).contains("Dashboard", "People", "Member groups", "Settings", "Audit log")
                .doesNotContain("Umbrella bodies");

        assertRefused(home, "umbrellas", "Umbrella bodies");
        open(home, "member-groups", "Member groups");
    }

    /** A new organisation of the kind given, whose admin is signed in; answers its address. */
    private static String signUpAndSignIn(String kind) throws Exception {
        String slug = "menu-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD, kind);
        signIn(api.home(), "ada@" + slug + ".example", PASSWORD);
        return api.home();
    }

    private static String menu() {
        return browser.findElement(By.tagName("vaadin-side-nav")).getText();
    }

    private static void assertRefused(String home, String path, String heading) {
        browser.get(home + path);
        await.until(driver -> page().contains("Could not navigate to '" + path + "'"));
        assertThat(browser.findElements(By.xpath("//h1[normalize-space(.)='" + heading + "']"))).isEmpty();
    }
}
