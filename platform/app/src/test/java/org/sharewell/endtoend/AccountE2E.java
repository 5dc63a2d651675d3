package org.sharewell.endtoend;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person changes their own password from "Your login" and signs in with the new one. */
class AccountE2E extends BrowserTest {

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
        String slug = "e2e-pw-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "pat@" + slug + ".example";
        ApiClient.signUp(sharewell, slug, email, "kettle orchard lantern 77");
        String home = "http://" + slug + ".localhost:" + sharewell.gatewayPort() + "/";
        signIn(home, email, "kettle orchard lantern 77");

        open(home, "account", "Your login");
        Pages.type(browser, "Your current password", "kettle orchard lantern 77");
        Pages.type(browser, "New password", "window meadow copper 42");
        Pages.type(browser, "Type the new password again", "window meadow copper 42");
        clickButton("Change my password");
        await.until(driver -> page().contains("Your password is changed."));

        signIn(home, email, "window meadow copper 42");
        assertThat(page()).contains("Welcome");
    }
}
