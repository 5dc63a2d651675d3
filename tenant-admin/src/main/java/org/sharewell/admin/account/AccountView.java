package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.Sessions;
import org.sharewell.accounts.TwoStepSignIn;

/** The signed-in person looks after their own login: password, address, two-step sign-in and where they are signed in. */
@Route("account")
@PageTitle("Your login | Sharewell")
@Menu(title = "Your login", order = 9)
@PermitAll
public class AccountView extends Main {

    AccountView(Accounts accounts, TwoStepSignIn twoStep, Sessions sessions) {
        addClassName("page");
        var email = accounts.signedIn().map(login -> login.email()).orElse("");
        var everywhere = new Button("Sign out everywhere", click -> {
            accounts.signOutEverywhere();
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        });
        add(new H1("Your login"), new Paragraph("You sign in with " + email + "."),
                new PasswordSection(accounts, email), new EmailSection(accounts, email), new TwoStepSection(twoStep),
                new SessionsSection(sessions),
                new Section(new H2("Sign out everywhere"),
                        new Paragraph("Signed in on a computer you no longer use, or worried someone else is? This signs "
                                + "you out on every computer and phone, this one too, and ends every API token you made."),
                        everywhere));
    }
}
