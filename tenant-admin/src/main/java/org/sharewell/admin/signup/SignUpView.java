package org.sharewell.admin.signup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.SlugTaken;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.web.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings a new organisation to Sharewell. Every problem with the form is shown at once, beside its
 * field and in a summary at the top that screen readers announce; nothing is created until all is well.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Bring your organisation to Sharewell")
@AnonymousAllowed
public class SignUpView extends Main {

    private final TextField organisationName = new TextField("Organisation name");
    private final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>("What kind of organisation is it?");
    private final TextField slug = new TextField("Web address name");
    private final TextField adminName = new TextField("Your name");
    private final EmailField email = new EmailField("Your email address");
    private final PasswordField password = new PasswordField("Choose a password");
    private final Div summary = new Div();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    SignUpView(SignUp signUp, TenantAddresses addresses) {
        addClassName("narrow-page");
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(TenantKind::description);
        slug.setHelperText("Lower-case letters, numbers and hyphens. It becomes your address, like riverside.sharewell.org.uk");
        email.setHelperText("You will sign in with this.");
        password.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{organisationName, kind, slug, adminName, email, password}) {
            field.setRequiredIndicatorVisible(true);
        }
        fields.put("organisationName", organisationName);
        fields.put("kind", kind);
        fields.put("slug", slug);
        fields.put("adminName", adminName);
        fields.put("email", email);
        fields.put("password", password);
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);

        var create = new Button("Create organisation", click -> submit(signUp, addresses));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(organisationName, kind, slug, adminName, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Bring your organisation to Sharewell"),
                new Paragraph("Create a space for your organisation's social media policy, people and surgeries. "
                        + "You will be its first admin."),
                summary, form, create,
                new Paragraph(new Anchor("login", "Already on Sharewell? Sign in.")));
    }

    private void submit(SignUp signUp, TenantAddresses addresses) {
        clearProblems();
        try {
            var signedUp = signUp.signUp(new SignUpForm(organisationName.getValue(), slug.getValue(), kind.getValue(),
                    adminName.getValue(), email.getValue(), password.getValue()));
            showDone(signedUp.tenant().name(), addresses.homeOf(signedUp.tenant().slug()).resolve("login").toString());
        } catch (InvalidInput invalid) {
            showProblems(invalid.problems());
        } catch (SlugTaken taken) {
            showProblems(Map.of("slug", taken.getMessage()));
        }
    }

    private void showProblems(Map<String, String> problems) {
        summary.removeAll();
        summary.add(new H2("There is a problem"));
        problems.forEach((name, message) -> {
            if (fields.get(name) instanceof HasValidation field) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            summary.add(new Paragraph(message));
        });
        summary.setVisible(true);
        problems.keySet().stream().findFirst().map(fields::get)
                .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
    }

    private void clearProblems() {
        summary.setVisible(false);
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    private void showDone(String name, String signInAddress) {
        removeAll();
        var link = new Anchor(signInAddress, "Sign in to " + name);
        link.addClassName("primary-link");
        add(new H1(name + " is on Sharewell"),
                new Paragraph("Your organisation and your admin login are ready. Sign in at your organisation's own address:"),
                new Paragraph(link));
    }
}
