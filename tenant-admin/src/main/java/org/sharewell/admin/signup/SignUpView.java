package org.sharewell.admin.signup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.SignUp;
import org.sharewell.tenancy.TenantAddresses;

/**
 * Brings a new organisation to Sharewell. Every problem with the form is shown at once, beside its
 * field and in a summary at the top that screen readers announce; nothing is created until all is well.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Bring your organisation to Sharewell")
@AnonymousAllowed
public class SignUpView extends Main {

    private final SignUpFields fields = new SignUpFields();

    SignUpView(SignUp signUp, TenantAddresses addresses) {
        addClassName("narrow-page");
        var create = new Button("Create organisation", click -> submit(signUp, addresses));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Bring your organisation to Sharewell"),
                new Paragraph("Create a space for your organisation's social media policy, people and surgeries. "
                        + "You will be its first admin."),
                fields, create,
                new Paragraph(new Anchor("login", "Already on Sharewell? Sign in.")));
    }

    private void submit(SignUp signUp, TenantAddresses addresses) {
        fields.submit(form -> {
            var signedUp = signUp.signUp(form);
            showDone(signedUp.tenant().name(), signedUp.admin().email(),
                    addresses.homeOf(signedUp.tenant().slug()).resolve("login").toString());
        });
    }

    private void showDone(String name, String email, String signInAddress) {
        removeAll();
        var link = new Anchor(signInAddress, "Sign in to " + name);
        link.addClassName("primary-link");
        add(new H1(name + " is on Sharewell"),
                new Paragraph("Your organisation and your admin login are ready. Sign in at your organisation's own address:"),
                new Paragraph(link),
                new Paragraph("We have emailed " + email + " a link to confirm that the address is yours. "
                        + "Open it within a week: until then, invitations sent to that address are not shown to you."));
    }
}
