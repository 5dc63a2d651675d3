package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** Changing the password, given the current one. */
class PasswordSection extends Section {

    private final Accounts accounts;
    private final PasswordField current = new PasswordField("Your current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("Type the new password again");

    PasswordSection(Accounts accounts, String email) {
        this.accounts = accounts;
        current.setRequired(true);
        next.setRequired(true);
        next.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        repeated.setRequired(true);
        var change = new Button("Change my password", click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Change your password"), new Paragraph("We will email " + email + " to say the password was changed."),
                form, change);
    }

    private void change() {
        repeated.setInvalid(false);
        if (!next.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords are different. Type the same password twice.");
            repeated.setInvalid(true);
            repeated.focus();
            return;
        }
        if (Refusals.attempt(() -> accounts.changePassword(current.getValue(), next.getValue()),
                Map.of("currentPassword", current, "newPassword", next))) {
            current.clear();
            next.clear();
            repeated.clear();
            Refusals.success("Your password is changed. Use the new one next time you sign in.");
        }
    }
}
