package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** The signed-in person changes their own password, or signs out everywhere. */
@Route("account")
@PageTitle("Your login | Sharewell")
@Menu(title = "Your login", order = 9)
@PermitAll
public class AccountView extends Main {

    private final Accounts accounts;
    private final PasswordField current = new PasswordField("Your current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("Type the new password again");

    AccountView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("page");
        var email = accounts.signedIn().map(login -> login.email()).orElse("");
        current.setRequired(true);
        next.setRequired(true);
        next.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        repeated.setRequired(true);
        var change = new Button("Change my password", click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var everywhere = new Button("Sign out everywhere", click -> {
            accounts.signOutEverywhere();
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        });
        add(new H1("Your login"), new Paragraph("You sign in with " + email + "."), new H2("Change your password"),
                new Paragraph("We will email " + email + " to say the password was changed."), form, change,
                new H2("Sign out everywhere"),
                new Paragraph("Signed in on a computer you no longer use, or worried someone else is? This signs you out "
                        + "on every computer and phone, this one too, and ends every API token you made."),
                everywhere);
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
