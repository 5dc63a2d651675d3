package org.sharewell.admin.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.Refusals;

/** Asks someone whose email address is not confirmed yet to confirm it, and sends a new link on request. */
class EmailConfirmationNotice extends Div {

    EmailConfirmationNotice(Accounts accounts, String email) {
        addClassName("summary");
        var sent = new Paragraph();
        sent.getElement().setAttribute("role", "status");
        var send = new Button("Email me a new link", click -> {
            if (Refusals.attempt(accounts::sendEmailConfirmation)) {
                sent.setText("We have emailed a new link to " + email + ". It works for a week.");
            }
        });
        add(new H2("Confirm your email address"),
                new Paragraph("Open the link we emailed to " + email + " to confirm that the address is yours. "
                        + "Until you do, invitations an umbrella body sends to it are not shown to your organisation."),
                send, sent);
    }
}
