package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sharewell.accounts.Sessions;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.UkTime;

/**
 * Where the person is signed in: each browser session and API token, with a button to end it. A
 * list rather than a grid, so that each entry reads as one sentence to a screen reader.
 */
class SessionsSection extends Section {

    private final Sessions sessions;
    private final Div content = new Div();

    SessionsSection(Sessions sessions) {
        this.sessions = sessions;
        add(new H2("Where you are signed in"), content);
        show();
    }

    private void show() {
        content.removeAll();
        var browsers = new UnorderedList();
        browsers.addClassName("plain-list");
        for (var session : sessions.mine()) {
            var item = new ListItem(new Span(session.device() + (session.thisOne() ? " (this browser)" : "")
                    + ": signed in " + UkTime.dateAndTime(session.signedInAt()) + ", last used "
                    + UkTime.dateAndTime(session.lastSeenAt()) + ". "));
            if (!session.thisOne()) {
                var end = new Button("Sign out " + session.device(), click -> {
                    if (Refusals.attempt(() -> sessions.end(session.id()))) {
                        Refusals.success("That browser is signed out.");
                        show();
                    }
                });
                item.add(end);
            }
            browsers.add(item);
        }
        content.add(new H3("Browsers"), browsers);
        var tokens = sessions.myTokens();
        content.add(new H3("API tokens"));
        if (tokens.isEmpty()) {
            content.add(new Paragraph("You have no API tokens. Technical volunteers make them to use Sharewell's API."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("plain-list");
        for (var token : tokens) {
            var delete = new Button("Delete the token " + token.label(), click -> {
                if (Refusals.attempt(() -> sessions.revoke(token.id()))) {
                    Refusals.success("The token " + token.label() + " no longer works.");
                    show();
                }
            });
            list.add(new ListItem(new Span(token.label() + ": made " + UkTime.dateAndTime(token.createdAt())
                    + ", works until " + UkTime.date(token.expiresAt()) + ". "), delete));
        }
        content.add(list);
    }
}
