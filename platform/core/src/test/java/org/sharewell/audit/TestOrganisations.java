package org.sharewell.audit;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.TenantKind;

import java.util.UUID;

/** New organisations for audit tests, each with a unique address and an admin called Ada Admin. */
final class TestOrganisations {

    static final String PASSWORD = "correct horse battery staple";
    static final String ORIGINAL_NAME = "Audit test group";

    private TestOrganisations() {
    }

    static SignUp.SignedUp signUp(SignUp signUp) {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        return signUp.signUp(new SignUpForm(ORIGINAL_NAME, slug, TenantKind.LOCAL_GROUP, "Ada Admin",
                "admin@" + slug + ".example", PASSWORD));
    }
}
