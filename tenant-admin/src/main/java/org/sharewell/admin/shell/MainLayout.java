package org.sharewell.admin.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.audit.AuditLogView;
import org.sharewell.admin.dashboard.DashboardView;
import org.sharewell.admin.licences.LicencesView;
import org.sharewell.admin.licences.MyLicenceView;
import org.sharewell.admin.mailbox.MailboxView;
import org.sharewell.admin.membership.MemberGroupsView;
import org.sharewell.admin.membership.UmbrellasView;
import org.sharewell.admin.people.PeopleView;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.admin.settings.SettingsView;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantSettings;

import java.io.ByteArrayInputStream;

/** The frame around every signed-in page: the organisation's name and logo, navigation, and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(TenantSettings settings, Accounts accounts, People people, AuthenticationContext authentication) {
        var tenant = settings.tenant();
        var branding = settings.branding();
        var account = accounts.signedIn().orElseThrow();
        boolean admin = people.me().map(person -> person.holds(KeyRole.TENANT_ADMIN)).orElse(false);

        branding.primaryColour().ifPresent(colour -> getElement().getStyle()
                .set("--lumo-primary-color", colour).set("--lumo-primary-text-color", colour));

        var title = new HorizontalLayout();
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        branding.logo().ifPresent(logo -> {
            var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(logo.image()), "logo", logo.contentType(), logo.image().length)),
                    tenant.name() + " logo");
            image.addClassName("tenant-logo");
            title.add(image);
        });
        var name = new Span(tenant.name());
        name.addClassName("tenant-name");
        title.add(name);

        var signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var person = new Span(account.displayName());
        person.addClassName("signed-in-as");
        var header = new HorizontalLayout(new DrawerToggle(), title, person, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        var navigation = new SideNav();
        navigation.setLabel("Main");
        navigation.addItem(new SideNavItem("Dashboard", DashboardView.class));
        navigation.addItem(new SideNavItem("My licence", MyLicenceView.class));
        if (people.me().map(me -> me.holds(KeyRole.TENANT_ADMIN) || me.holds(KeyRole.CHAMPION)
                || me.holds(KeyRole.ACCOUNT_COORDINATOR)).orElse(false)) {
            navigation.addItem(new SideNavItem("People", PeopleView.class));
            navigation.addItem(new SideNavItem("Licences", LicencesView.class));
        }
        if (admin) {
            if (tenant.kind() == TenantKind.INFRASTRUCTURE_BODY) {
                navigation.addItem(new SideNavItem("Member groups", MemberGroupsView.class));
            }
            navigation.addItem(new SideNavItem("Umbrella bodies", UmbrellasView.class));
            navigation.addItem(new SideNavItem("Settings", SettingsView.class));
            navigation.addItem(new SideNavItem("Audit log", AuditLogView.class));
            navigation.addItem(new SideNavItem("Sent email", MailboxView.class));
        }
        addToDrawer(navigation);
    }
}
