package org.sharewell.admin.signup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.InvitationPage;
import org.sharewell.admin.shared.Refusals;


/**
 * Where the link emailed to confirm an address leads. It asks for a click rather than confirming on
 * arrival, so a mail scanner that opens every link does not confirm on the person's behalf.
 */
@Route(value = "confirm-email/:token", autoLayout = false)
@PageTitle("Confirm your email address | Sharewell")
@AnonymousAllowed
public class ConfirmEmailView extends InvitationPage<Account> {

    private final Accounts accounts;

    ConfirmEmailView(Accounts accounts) {
        super(accounts::findAwaitingConfirmation, "This link no longer works",
                "It has expired or has already been used. Sign in, and ask for a new link on your dashboard.",
                new Paragraph(new Anchor("login", "Sign in")));
        this.accounts = accounts;
    }

    @Override
    protected void show(Account login, String token) {
        var confirm = new Button("Confirm my email address", click -> {
            if (Refusals.attempt(() -> accounts.confirmEmail(token))) {
                replaceWith("Your email address is confirmed",
                        new Paragraph(login.email() + " is confirmed as yours. Sharewell will now show your "
                                + "organisation any invitation an umbrella body sends to it."),
                        new Paragraph(new Anchor("login", "Sign in")));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Confirm your email address"),
                new Paragraph("Confirm that " + login.email() + " is yours, " + login.displayName() + "."),
                confirm);
        confirm.focus();
    }
}
