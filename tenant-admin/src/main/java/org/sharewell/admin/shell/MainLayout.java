package org.sharewell.admin.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sharewell.accounts.Accounts;
import org.sharewell.tenancy.TenantSettings;

import java.io.ByteArrayInputStream;

/** The frame around every signed-in page: the organisation's name and logo, navigation, and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    private static final String CONTENT_ID = "main-content";

    MainLayout(TenantSettings settings, Accounts accounts, AuthenticationContext authentication) {
        var tenant = settings.tenant();
        var branding = settings.branding();
        var account = accounts.signedIn().orElseThrow();

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
        var header = new HorizontalLayout(skipLink(), new DrawerToggle(), title, person, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        // Vaadin's navbar is a plain part of the layout; this makes the bar the page's banner landmark.
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);

        // The pages' own access rules decide what is offered, so the menu never offers a page that
        // would refuse to open, nor hides one that would.
        var navigation = new SideNav();
        navigation.setLabel("Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.menuClass())));
        addToDrawer(navigation);
    }

    /**
     * The first stop of the Tab key: straight to the page's own content, past the header and the
     * menu (WCAG 2.4.1). Focused in the browser: the link's own address would be the base address.
     */
    private static Anchor skipLink() {
        var skip = new Anchor();
        skip.setText("Skip to main content");
        skip.getElement().setAttribute("href", "#" + CONTENT_ID).setAttribute("router-ignore", "");
        skip.addClassName("skip-link");
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " const content = document.getElementById($0); if (content) { content.focus(); } });", CONTENT_ID);
        return skip;
    }

    /** Each page's content is where the skip link leads. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID).setAttribute("tabindex", "-1");
        }
    }

    /** Each page opens at its top: the layout's own content area would keep the scroll of the page before. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.scrollTop = 0; }");
    }
}
