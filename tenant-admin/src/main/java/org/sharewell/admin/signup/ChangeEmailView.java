package org.sharewell.admin.signup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.EmailChange;
import org.sharewell.admin.shared.InvitationPage;
import org.sharewell.admin.shared.Refusals;

/**
 * Where the link sent to a new email address leads. Like the confirmation page it asks for a click,
 * so a mail scanner that opens every link does not make the change on the person's behalf.
 */
@Route(value = "change-email/:token", autoLayout = false)
@PageTitle("Use your new email address | Sharewell")
@AnonymousAllowed
public class ChangeEmailView extends InvitationPage<EmailChange> {

    private final Accounts accounts;

    ChangeEmailView(Accounts accounts) {
        super(accounts::findAwaitingNewEmail, "This link no longer works",
                "It has expired or has already been used. Sign in, and ask again from \"Your login\".",
                new Paragraph(new Anchor("login", "Sign in")));
        this.accounts = accounts;
    }

    @Override
    protected void show(EmailChange change, String token) {
        var use = new Button("Use this address", click -> {
            if (Refusals.attempt(() -> accounts.confirmNewEmail(token))) {
                replaceWith("Your email address is changed",
                        new Paragraph("From now on you sign in with " + change.newEmail() + ", and Sharewell emails you "
                                + "there. We have told " + change.login().email() + " about the change."),
                        new Paragraph(new Anchor("login", "Sign in")));
            }
        });
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Use your new email address"),
                new Paragraph(change.login().displayName() + ", your login will move from " + change.login().email()
                        + " to " + change.newEmail() + "."),
                use);
        use.focus();
    }
}
