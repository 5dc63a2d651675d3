package org.sharewell.admin.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.Accounts;

/**
 * Someone who has forgotten their password asks for a link to choose a new one. The page says the
 * same whether or not the address has a login here, so it tells nobody who does.
 */
@Route(value = "forgotten-password", autoLayout = false)
@PageTitle("Forgotten your password? | Sharewell")
@AnonymousAllowed
public class ForgottenPasswordView extends Main {

    ForgottenPasswordView(Accounts accounts) {
        addClassName("narrow-page");
        var email = new EmailField("Your email address");
        email.setRequired(true);
        var send = new Button("Email me a link", click -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage("Enter the email address you sign in with, such as name@example.org.");
                email.setInvalid(true);
                email.focus();
                return;
            }
            accounts.askForNewPassword(email.getValue());
            removeAll();
            add(new H1("Check your email"),
                    new Paragraph("If " + email.getValue() + " has a login here, we have emailed it a link to choose a "
                            + "new password. The link works for an hour."),
                    new Paragraph(new Anchor("login", "Back to sign in")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        add(new H1("Forgotten your password?"),
                new Paragraph("Enter the email address you sign in with, and we will email you a link to choose a new password."),
                email, send, new Paragraph(new Anchor("login", "Back to sign in")));
        email.focus();
    }
}
