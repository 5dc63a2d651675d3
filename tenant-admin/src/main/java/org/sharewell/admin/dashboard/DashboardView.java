package org.sharewell.admin.dashboard;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.posting.CheckRequests;
import org.sharewell.admin.account.AccountView;
import org.sharewell.admin.licences.MyLicenceView;
import org.sharewell.admin.membership.MemberGroupsView;
import org.sharewell.admin.people.PeopleView;
import org.sharewell.admin.settings.SettingsView;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantSettings;

import org.sharewell.admin.policies.OverdueReviewsNotice;
import org.sharewell.admin.posting.CheckFiguresNotice;
import org.sharewell.admin.policies.ToReadNotice;
import org.sharewell.policies.Reviews;
import org.sharewell.policies.Acknowledgements;

import java.util.stream.Collectors;

/** The first page after signing in: who you are, your organisation, and what to do next. */
@Route("")
@PageTitle("Dashboard | Sharewell")
@Menu(title = "Dashboard", order = 1)
@PermitAll
public class DashboardView extends Main {


    DashboardView(TenantSettings settings, Accounts accounts, TwoStepSignIn twoStep, People people, TenantAddresses addresses,
                  Acknowledgements acknowledgements, Reviews reviews, CheckRequests checkRequests) {
        addClassName("page");
        var tenant = settings.tenant();
        var account = accounts.signedIn().orElseThrow();
        var me = people.me();
        boolean admin = me.map(person -> person.holds(KeyRole.TENANT_ADMIN)).orElse(false);
        String roles = me.map(person -> person.keyRoles().isEmpty() ? "no key roles"
                        : person.keyRoles().stream().sorted().map(KeyRole::description).collect(Collectors.joining(", ")))
                .orElse("no key roles");
        String level = me.map(person -> person.effectiveLevel().description()).orElse("Everyone");

        add(new H1("Welcome, " + account.displayName()));
        if (!accounts.hasConfirmedEmail()) {
            add(new EmailConfirmationNotice(accounts, account.email()));
        }
        if (twoStep.isMissingForKeyRole()) {
            add(new TwoStepNotice());
        }
        add(new ToReadNotice(acknowledgements));
        if (admin) {
            add(new OverdueReviewsNotice(reviews));
        }
        if (admin || me.map(person -> person.holds(KeyRole.CHAMPION)).orElse(false)) {
            add(new CheckFiguresNotice(checkRequests));
        }

        var organisation = new Div();
        organisation.addClassName("summary");
        organisation.add(new H2("Your organisation"),
                new Paragraph(tenant.name() + " · " + tenant.kind().description()),
                new Paragraph("Your address on Sharewell: " + addresses.homeOf(tenant.slug())),
                new Paragraph("Joined Sharewell on " + UkTime.date(tenant.registeredAt())),
                new Paragraph("You are signed in as " + account.email() + "."),
                new Paragraph("Your key roles: " + roles + ". Your level: " + level + "."));
        add(organisation);

        add(new H2("What to do next"));
        var steps = new UnorderedList();
        if (admin) {
            steps.add(new ListItem(new RouterLink("Add the people who post for you, and invite them to sign in", PeopleView.class)));
            if (tenant.kind() == TenantKind.INFRASTRUCTURE_BODY) {
                steps.add(new ListItem(new RouterLink("Invite the local groups you support as member groups",
                        MemberGroupsView.class)));
            }
            steps.add(new ListItem(new RouterLink("Add your logo and main colour", SettingsView.class)));
        }
        steps.add(new ListItem(new RouterLink("Apply for a licence to post on your organisation's accounts, or see yours",
                MyLicenceView.class)));
        steps.add(new ListItem(new RouterLink("Keep your login safe: turn on two-step sign-in", AccountView.class)));
        steps.add(new ListItem(new Anchor("/api/v1/openapi", "Read the API description (for technical volunteers)")));
        add(steps);
    }
}
