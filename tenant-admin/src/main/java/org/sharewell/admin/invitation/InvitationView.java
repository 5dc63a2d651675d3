package org.sharewell.admin.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.InvitationPage;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.people.Invitations;

import java.util.Map;

/** Where an invitation link leads: the person chooses a password, and their login is ready. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Create your login | Sharewell")
@AnonymousAllowed
public class InvitationView extends InvitationPage<Invitations.OpenInvitation> {

    private final Invitations invitations;

    InvitationView(Invitations invitations) {
        super(invitations::find, "This link no longer works",
                "The invitation has expired or has already been used. Ask your organisation's admin to send a new one.");
        this.invitations = invitations;
    }

    @Override
    protected void show(Invitations.OpenInvitation invitation, String token) {
        var password = new PasswordField("Choose a password");
        password.setHelperText("At least 10 characters. Three or four unrelated words work well.");
        password.setRequired(true);
        var confirm = new PasswordField("Type the password again");
        confirm.setRequired(true);
        var create = new Button("Create my login", click -> {
            confirm.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                password.setInvalid(false);
                confirm.setErrorMessage("The two passwords are different. Type the same password twice.");
                confirm.setInvalid(true);
                confirm.focus();
                return;
            }
            if (Refusals.attempt(() -> invitations.accept(token, password.getValue()), Map.of("password", password))) {
                replaceWith("Your login is ready", new Paragraph("Sign in with " + invitation.email() + " and your new password."),
                        new Paragraph(new Anchor("login", "Sign in")));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Welcome, " + invitation.fullName()),
                new Paragraph("Choose a password to create your login. You will sign in with " + invitation.email() + "."),
                password, confirm, create);
        password.focus();
    }
}
