package org.sharewell.demo.internal;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Creates the demo organisations through the same sign-up as everyone else, once: an organisation
 * that already exists is left as it is, so restarts keep whatever people changed.
 */
@Component
@ConditionalOnBooleanProperty("sharewell.demo.enabled")
class DemoWorld implements ApplicationRunner {

    /** Documented in the README; only ever used with the demo switch on. */
    static final String DEMO_PASSWORD = "demo-garden-kettle-42";

    static final List<SignUpForm> ORGANISATIONS = List.of(
            new SignUpForm("Brookfield Council for Voluntary Service", "brookfield", TenantKind.INFRASTRUCTURE_BODY,
                    "Priya Shah", "admin@brookfield-cvs.example", DEMO_PASSWORD),
            new SignUpForm("Riverside Allotment Society", "riverside-allotments", TenantKind.LOCAL_GROUP,
                    "Tom Evans", "admin@riverside-allotments.example", DEMO_PASSWORD),
            new SignUpForm("Elm Street Youth Club", "elm-street-youth", TenantKind.LOCAL_GROUP,
                    "Grace Okafor", "admin@elm-street-youth.example", DEMO_PASSWORD));

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    private final SignUp signUp;
    private final Tenants tenants;

    DemoWorld(SignUp signUp, Tenants tenants) {
        this.signUp = signUp;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (SignUpForm organisation : ORGANISATIONS) {
            if (!tenants.isTaken(new Slug(organisation.slug()))) {
                signUp.signUp(organisation);
                log.info("Demo world: created {} ({})", organisation.organisationName(), organisation.slug());
            }
        }
    }
}
