package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.EmailedLink;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.surgeries.Surgeon;
import org.sharewell.surgeries.Surgeons;

/**
 * Where a surgeon's own emailed link leads, with no login: the dates they come to, and their calendar
 * feed, which they can give a new address (the old one stops working) or stop.
 */
@Route(value = "surgeon/:token", autoLayout = false)
@PageTitle("Your surgery sessions | Sharewell")
@AnonymousAllowed
public class SurgeonLinkView extends Main implements BeforeEnterObserver {

    private final Surgeons surgeons;

    SurgeonLinkView(Surgeons surgeons) {
        this.surgeons = surgeons;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        EmailedLink.follow(this, () -> surgeons.byLink(token)).ifPresent(surgeon -> show(surgeon, token));
    }

    private void show(Surgeon surgeon, String token) {
        removeAll();
        var dates = new UnorderedList();
        surgeon.dates().forEach(date -> dates.add(new ListItem(date.title() + ", " + PlacesLeft.when(date))));
        add(new H1("Your surgery sessions"), new Paragraph("Thank you for helping, " + surgeon.name() + "."));
        add(surgeon.dates().isEmpty() ? new Paragraph("You have no sessions to come.") : dates);
        add(new H2("Your calendar feed"), new Paragraph(surgeon.feedOn()
                ? "Your calendar program shows these sessions from the address we emailed you. If someone else may have it, "
                + "give it a new address: the old one stops working at once."
                : "Your calendar feed is stopped. Give it a new address to start it again."));
        var address = new TextField("Your calendar feed's new address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        var renew = new Button("Give it a new address", click -> {
            var made = new String[1];
            if (Refusals.attempt(() -> made[0] = surgeons.renewFeed(token))) {
                address.setValue(made[0]);
                address.setVisible(true);
                Refusals.success("Done. We have emailed you the new address too.");
            }
        });
        var stop = new Button("Stop it", click -> {
            if (Refusals.attempt(() -> surgeons.stopFeed(token))) {
                Refusals.success("Stopped. Your calendar will no longer show these sessions from it.");
                show(surgeons.byLink(token), token);
            }
        });
        var actions = new HorizontalLayout(renew);
        if (surgeon.feedOn()) {
            actions.add(stop);
        }
        add(actions, address);
    }
}
