package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.EmailedLink;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.SurgeryWaitingList;
import org.sharewell.surgeries.WaitingEntry;
import org.sharewell.surgeries.WaitingStatus;

/**
 * Where a waiting-list email's link leads, with no login: the place in line, or the place offered and
 * until when, to claim it or say it is no longer needed (which passes it to the next in line at once).
 */
@Route(value = "waiting/:token", autoLayout = false)
@PageTitle("Your place on the waiting list | Sharewell")
@AnonymousAllowed
public class WaitingLinkView extends Main implements BeforeEnterObserver {

    private final SurgeryWaitingList waiting;

    WaitingLinkView(SurgeryWaitingList waiting) {
        this.waiting = waiting;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        EmailedLink.follow(this, () -> waiting.byLink(token)).ifPresent(entry -> show(entry, token));
    }

    private void show(WaitingEntry entry, String token) {
        var occurrence = entry.occurrence();
        var details = new Div(new Paragraph((entry.places() == 1 ? "1 place" : entry.places() + " places") + " for "
                + entry.groupName() + ", asked for by " + entry.name() + "."), new Paragraph("On " + PlacesLeft.when(occurrence) + "."));
        details.addClassName("summary");
        add(new H1(occurrence.title()), details);
        boolean offered = entry.status() == WaitingStatus.OFFERED;
        if (offered) {
            add(new Paragraph("A place is yours: we are keeping it for you until " + UkTime.dateAndTime(entry.offerExpiresAt())
                    + ". After that it goes to the next person in line."));
        } else if (entry.placeFree()) {
            add(new Paragraph("A place is free now, and goes to whoever on the waiting list claims it first."));
        } else {
            add(new Paragraph("You are number " + entry.position() + " in line. We will email you as soon as a place is yours "
                    + "to claim."));
        }
        var actions = new HorizontalLayout();
        if (offered || entry.placeFree()) {
            var claim = new Button("Take the place", click -> {
                var booked = new Booking[1];
                if (Refusals.attempt(() -> booked[0] = waiting.claim(token))) {
                    removeAll();
                    add(new H1("You are booked"), new Paragraph("We have emailed " + booked[0].email() + " the details, with "
                            + "the calendar entry and your own link to change or cancel the booking."));
                }
            });
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(claim);
        }
        var leave = new Button(offered ? "I no longer need it" : "Leave the waiting list", click -> {
            if (Refusals.attempt(() -> waiting.leave(token))) {
                removeAll();
                add(new H1("You are off the waiting list"), new Paragraph("Thank you for letting us know. You are welcome to "
                        + "book another surgery at any time."));
            }
        });
        actions.add(leave);
        add(actions);
    }
}
