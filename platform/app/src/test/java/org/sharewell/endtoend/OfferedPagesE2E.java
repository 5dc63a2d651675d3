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
        offersOnly("LOCAL_GROUP", new Page("Umbrella bodies", "umbrellas"), new Page("Member groups", "member-groups"));
    }

    @Test
    void anInfrastructureBodyWithNoUmbrellaBodyIsNotOfferedThatEmptyPage() throws Exception {
        offersOnly("INFRASTRUCTURE_BODY", new Page("Member groups", "member-groups"), new Page("Umbrella bodies", "umbrellas"));
    }

    /** An admin of a new organisation of the kind given finds one page in the menu and opens it, but not the other. */
    private static void offersOnly(String kind, Page offered, Page refused) throws Exception {
        String home = signUpAndSignIn(kind);
        String menu = browser.findElement(By.tagName("vaadin-side-nav")).getText();
        assertThat(menu).contains("Dashboard", "People", "Settings", "Audit log", offered.title()).doesNotContain(refused.title());

        browser.get(home + refused.path());
        await.until(driver -> page().contains("You don't have access to this page"));
        assertThat(browser.findElements(By.xpath("//h1[normalize-space(.)='" + refused.title() + "']"))).isEmpty();
        open(home, offered.path(), offered.title());
    }

    /** A new organisation of the kind given, whose admin is signed in; answers its address. */
    private static String signUpAndSignIn(String kind) throws Exception {
        String slug = "menu-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.signUp(sharewell, slug, "ada@" + slug + ".example", PASSWORD, kind);
        signIn(api.home(), "ada@" + slug + ".example", PASSWORD);
        return api.home();
    }

    /** A page of the menu: its title, which is its heading too, and its address. */
    private record Page(String title, String path) {
    }
}
