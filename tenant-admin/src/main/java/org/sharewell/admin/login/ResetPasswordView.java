package org.sharewell.admin.login;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.InvitationPage;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** Where the emailed link for a forgotten password leads: the person chooses a new one. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password | Sharewell")
@AnonymousAllowed
public class ResetPasswordView extends InvitationPage<Account> {

    private final Accounts accounts;

    ResetPasswordView(Accounts accounts) {
        super(accounts::findAwaitingNewPassword, "This link no longer works",
                "It has expired or has already been used. Ask for a new one.",
                new Paragraph(new Anchor("forgotten-password", "Email me a new link")));
        this.accounts = accounts;
    }

    @Override
    protected void show(Account login, String token) {
        var password = new PasswordField("New password");
        password.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        password.setRequired(true);
        var repeated = new PasswordField("Type the new password again");
        repeated.setRequired(true);
        var choose = new Button("Save my new password", click -> {
            repeated.setInvalid(false);
            if (!password.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage("The two passwords are different. Type the same password twice.");
                repeated.setInvalid(true);
                repeated.focus();
                return;
            }
            if (Refusals.attempt(() -> accounts.chooseNewPassword(token, password.getValue()),
                    Map.of("newPassword", password))) {
                replaceWith("Your new password is saved", new Paragraph("Sign in with " + login.email()
                        + " and your new password."), new Paragraph(new Anchor("login", "Sign in")));
            }
        });
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Choose a new password"), new Paragraph("For your login " + login.email() + "."), password,
                repeated, choose);
        password.focus();
    }
}
