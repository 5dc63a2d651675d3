package org.sharewell.demo.internal;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.people.KeyRole;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import org.sharewell.tenancy.TenantId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.sharewell.demo.internal.DemoPeople.longServingVolunteer;
import static org.sharewell.demo.internal.DemoPeople.member;
import static org.sharewell.demo.internal.DemoPeople.shortTermVolunteer;
import static org.sharewell.demo.internal.DemoPeople.staff;
import static org.sharewell.demo.internal.DemoPeople.trustee;

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

    /** The Sharewell operator's demo admin, at the operator's own address. */
    static final String OPERATOR_ADMIN_EMAIL = "admin@sharewell.example";
    static final String OPERATOR_ADMIN_NAME = "Alex Morgan";

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    private final SignUp signUp;
    private final Tenants tenants;
    private final DemoPeople people;
    private final DemoRelationships relationships;
    private final DemoPolicies policies;
    private final DemoPosting posting;
    private final DemoSurgeries surgeries;
    private final Clock clock;

    DemoWorld(SignUp signUp, Tenants tenants, DemoPeople people, DemoRelationships relationships, DemoPolicies policies,
              DemoPosting posting, DemoSurgeries surgeries, Clock clock) {
        this.policies = policies;
        this.posting = posting;
        this.surgeries = surgeries;
        this.signUp = signUp;
        this.tenants = tenants;
        this.people = people;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Loads the world on first start only: if any demo organisation exists, people may have changed it since. */
    @Override
    public void run(ApplicationArguments arguments) {
        // The operator is made by Sharewell's own start-up; the demo world gives it its admin.
        signUp.firstOperatorAdmin(OPERATOR_ADMIN_NAME, OPERATOR_ADMIN_EMAIL, DEMO_PASSWORD)
                .ifPresent(admin -> log.info("Demo world: the Sharewell operator's admin is {}", admin.email()));
        if (ORGANISATIONS.stream().anyMatch(organisation -> tenants.isTaken(new Slug(organisation.slug())))) {
            return;
        }
        var everyone = peopleOf(LocalDate.now(clock));
        var created = new ArrayList<TenantId>();
        for (SignUpForm organisation : ORGANISATIONS) {
            var tenant = signUp.signUpWithProvedEmail(organisation).tenant();
            people.add(tenant.id(), organisation.email(), everyone.getOrDefault(organisation.slug(), List.of()));
            created.add(tenant.id());
            log.info("Demo world: created {} ({})", organisation.organisationName(), organisation.slug());
        }
        relationships.linkMemberGroups(created.get(0), created.get(1), created.get(2));
        relationships.licensePoster(created.get(0));
        policies.adoptAndPublish(signUp.operator().id(), created.get(0), created.get(1));
        posting.askAndAnswer(created.get(0));
        surgeries.runMonthly(created.get(0));
        log.info("Demo world: Riverside is a member group of Brookfield, Elm Street is invited; Ollie Grant is a licensed poster; "
                + "Brookfield and Riverside have published social media policies, and Sharewell a new version of its template; "
                + "Ollie has asked Brookfield about two posts; Brookfield's monthly surgery is full, with two on its waiting list");
    }

    private static Map<String, List<DemoPeople.Someone>> peopleOf(LocalDate today) {
        return Map.of(
                "brookfield", List.of(
                        trustee("Daniel Hughes", "daniel.hughes@brookfield-cvs.example"),
                        longServingVolunteer("Maria Kowalski", "coordinator@brookfield-cvs.example",
                                Set.of(KeyRole.ACCOUNT_COORDINATOR), true),
                        staff("Sam Okoye", "champion@brookfield-cvs.example", Set.of(KeyRole.CHAMPION), true),
                        staff("Lena Fischer", "support@brookfield-cvs.example", Set.of(KeyRole.TECHNICAL_SUPPORT), false),
                        shortTermVolunteer("Ollie Grant", "volunteer@brookfield-cvs.example", today.plusMonths(6), Set.of(), true),
                        member("Jess Patel", "jess.patel@brookfield-cvs.example")),
                "riverside-allotments", List.of(
                        longServingVolunteer("Harold Price", "harold@riverside-allotments.example", Set.of(KeyRole.CHAMPION), false),
                        member("Aisha Rahman", null)),
                "elm-street-youth", List.of(
                        trustee("Ruth Adeyemi", null),
                        shortTermVolunteer("Kieran Walsh", "kieran@elm-street-youth.example", today.plusMonths(3), Set.of(), false)));
    }
}
