package org.sharewell.admin.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;

import java.util.Optional;

/**
 * Sign-in. At an organisation's own address it shows the sign-in form for that organisation; at the
 * bare platform address it asks which organisation the person belongs to and sends them there.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Sharewell")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final TwoStepSignIn twoStep;

    LoginView(Tenants tenants, TenantAddresses addresses, TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
        addClassName("narrow-page");
        Optional<Tenant> tenant = TenantScope.current().flatMap(tenants::findById);
        if (tenant.isPresent()) {
            add(new H1("Sign in to " + tenant.get().name()));
            form.setI18n(britishEnglish());
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            add(form, new Paragraph(new Anchor("forgotten-password", "Forgotten your password?")),
                    new Paragraph(new Anchor("/signup", "New to Sharewell? Bring your organisation here.")));
        } else {
            add(new H1("Sign in to Sharewell"), new Paragraph(
                    "Each organisation on Sharewell has its own web address. Find yours to sign in."));
            add(new FindYourOrganisation(tenants, addresses));
            add(new Paragraph(new Anchor("signup", "Not on Sharewell yet? Bring your organisation here.")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (twoStep.awaitingSecondStep().isPresent()) {
            event.forwardTo(SecondStepView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
            // The address is shown again (only the password was wrong, most likely) and the password field focused.
            TypedEmail.lastTyped().ifPresent(email -> form.getElement().executeJs("""
                    const find = (root, selector) => root.querySelector(selector)
                        || [...root.querySelectorAll('*')].map(e => e.shadowRoot && find(e.shadowRoot, selector)).find(f => f);
                    const username = find(this, '[name="username"]');
                    const password = find(this, '[name="password"]');
                    if (username) { username.value = $0; }
                    if (password) { password.focus(); }""", email));
        }
    }

    private static LoginI18n britishEnglish() {
        var i18n = LoginI18n.createDefault();
        // Never empty: the form's title is a heading, and an empty heading is announced as nothing.
        i18n.getForm().setTitle("Your login");
        i18n.getForm().setUsername("Email address");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setUsername("Enter your email address.");
        i18n.getErrorMessage().setPassword("Enter your password.");
        i18n.getErrorMessage().setTitle("Those details did not work");
        i18n.getErrorMessage().setMessage("Check your email address and password, and that you are at your organisation's "
                + "address. A login whose email address was never confirmed stops working after two weeks: choose a new "
                + "password with \"Forgotten your password?\" to start again.");
        return i18n;
    }
}
