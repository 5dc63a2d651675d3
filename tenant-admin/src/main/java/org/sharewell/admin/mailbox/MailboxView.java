package org.sharewell.admin.mailbox;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Roles;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;


/**
 * The email Sharewell has sent for this organisation, newest first, with whether each was delivered.
 * In development this is how to read invitations without a real mail server.
 */
@Route("mailbox")
@PageTitle("Sent email | Sharewell")
@Menu(title = "Sent email", order = 9)
@RolesAllowed(Roles.ADMIN)
public class MailboxView extends Main {


    MailboxView(Outbox outbox) {
        addClassName("page");
        add(new H1("Sent email"));
        var emails = outbox.recent(PageRequest.of(0, 50)).items();
        if (emails.isEmpty()) {
            add(new Paragraph("Sharewell has not sent any email for your organisation yet."));
        }
        emails.forEach(email -> add(item(email)));
    }

    private static Details item(QueuedEmail queued) {
        String state = queued.sent() ? "sent " + UkTime.dateAndTime(queued.sentAt())
                : "waiting to be sent" + (queued.lastProblem() == null ? "" : " (" + queued.lastProblem() + ")");
        var body = new Pre(queued.email().text());
        body.addClassName("email-body");
        var details = new Details(queued.email().subject() + " — to " + queued.email().to() + ", " + state, body);
        details.setWidthFull();
        return details;
    }
}
