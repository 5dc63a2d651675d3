package org.sharewell.admin.signup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sharewell.admin.shared.EmailAddressField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.admin.shared.ProblemSummary;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.tenancy.TenantKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a person fills in to bring an organisation to Sharewell, with a summary of problems at the
 * top that screen readers announce, and each problem beside its field. Used by the sign-up page and
 * by the page a member group's invitation leads to.
 */
public class SignUpFields extends Div {

    private final TextField organisationName = new TextField("Organisation name");
    private final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>("What kind of organisation is it?");
    private final TextField slug = new TextField("Web address name");
    private final TextField adminName = new TextField("Your name");
    private final EmailAddressField email = new EmailAddressField("Your email address");
    private final PasswordField password = new PasswordField("Choose a password");
    private final ProblemSummary summary = new ProblemSummary();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public SignUpFields() {
        kind.setItems(TenantKind.signUpChoices());
        kind.setItemLabelGenerator(TenantKind::description);
        slug.setHelperText("Lower-case letters, numbers and hyphens. It becomes your address, like riverside.sharewell.org.uk");
        email.setHelperText("You will sign in with this.");
        password.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        for (var field : new HasValue<?, ?>[]{organisationName, kind, slug, adminName, email, password}) {
            field.setRequiredIndicatorVisible(true);
        }
        fields.put("organisationName", organisationName);
        fields.put("kind", kind);
        fields.put("slug", slug);
        fields.put("adminName", adminName);
        fields.put("email", email);
        fields.put("password", password);
        var form = new FormLayout(organisationName, kind, slug, adminName, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(summary, form);
    }

    /** Fills in what is already known, such as from an invitation; everything stays editable. */
    public void prefill(String organisationName, TenantKind kind, String email) {
        this.organisationName.setValue(organisationName);
        this.kind.setValue(kind);
        this.email.setValue(email);
    }

    /**
     * Hands what was filled in to {@code signUp}; if the module refuses, shows each problem beside its
     * field and every problem in the summary at the top, and answers false.
     */
    public boolean submit(Consumer<SignUpForm> signUp) {
        return Refusals.attempt(() -> signUp.accept(new SignUpForm(organisationName.getValue(), slug.getValue(),
                kind.getValue(), adminName.getValue(), email.getValue(), password.getValue())), fields, summary);
    }
}
