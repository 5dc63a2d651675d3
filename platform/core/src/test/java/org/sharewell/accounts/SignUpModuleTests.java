package org.sharewell.accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantRegistered;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts module with only what it needs (tenancy, the shared web conventions and the
 * database), showing the events a sign-up publishes. Both carry the new tenant's id, which is what
 * asynchronous listeners must bind instead of relying on a request's tenant.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
class SignUpModuleTests {

    final SignUp signUp;

    SignUpModuleTests(SignUp signUp) {
        this.signUp = signUp;
    }

    @Test
    void signingUpRegistersTheTenant(Scenario scenario) {
        scenario.stimulate(() -> signUp.signUp(form("meadow-singers")))
                .andWaitForEventOfType(TenantRegistered.class)
                .matching(event -> event.slug().equals(new Slug("meadow-singers")))
                .toArriveAndVerify((event, signedUp) -> {
                    assertThat(event.tenantId()).isEqualTo(signedUp.tenant().id());
                    assertThat(event.kind()).isEqualTo(TenantKind.LOCAL_GROUP);
                });
    }

    @Test
    void signingUpCreatesTheFirstAdminForTheNewTenant(Scenario scenario) {
        scenario.stimulate(() -> signUp.signUp(form("harbour-rowing")))
                .andWaitForEventOfType(AccountCreated.class)
                .matching(AccountCreated::founder)
                .toArriveAndVerify((event, signedUp) -> {
                    assertThat(event.tenantId()).isEqualTo(signedUp.tenant().id());
                    assertThat(event.accountId()).isEqualTo(signedUp.admin().id());
                });
    }

    private static SignUpForm form(String slug) {
        return new SignUpForm("The " + slug.replace('-', ' '), slug, TenantKind.LOCAL_GROUP, "Alex Admin",
                "alex@" + slug + ".example", "quiet meadow lantern 58");
    }
}
