package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.SurgeryBookings;

import java.util.HashMap;

/**
 * The host's public page of its surgeries to come, for anyone, with no login: each date with the places
 * left in it, a way to book or join its waiting list, and the calendar feed to subscribe to.
 */
@Route(value = "surgeries", autoLayout = false)
@PageTitle("Social Media Surgeries | Sharewell")
@AnonymousAllowed
public class PublicSurgeriesView extends Main {

    PublicSurgeriesView(SurgeryBookings bookings) {
        addClassName("narrow-page");
        add(new H1("Social Media Surgeries"), new Paragraph("Free, friendly help with the web for local groups, clubs and "
                + "societies: sit beside someone who knows, and leave with your page, your post or your plan."));
        var dates = bookings.upcoming();
        if (dates.isEmpty()) {
            add(new Paragraph("There are no surgeries coming up just now. Please look again soon."));
        }
        var surgeries = new HashMap<org.sharewell.surgeries.SurgeryId, org.sharewell.surgeries.Surgery>();
        for (var date : dates) {
            var surgery = surgeries.computeIfAbsent(date.surgery(), bookings::surgery);
            var card = new Div(new H2(date.title()), new Paragraph(PlacesLeft.when(date)),
                    new Paragraph("Where: " + PlacesLeft.where(surgery)));
            if (!surgery.accessibility().isBlank()) {
                card.add(new Paragraph("Access: " + surgery.accessibility()));
            }
            card.add(new Paragraph(PlacesLeft.of(date)));
            if (date.status() == OccurrenceStatus.SCHEDULED) {
                var book = new RouterLink(date.placesLeft() > 0 ? "Book a place" : "Join the waiting list", BookSurgeryView.class,
                        new RouteParameters("date", date.id().value().toString()));
                book.getElement().setAttribute("aria-label", (date.placesLeft() > 0 ? "Book a place on " : "Join the waiting list for ")
                        + PlacesLeft.when(date));
                book.addClassName("primary-link");
                card.add(new Paragraph(book));
            }
            card.addClassName("summary");
            add(card);
        }
        add(new Paragraph(new Anchor("/api/v1/public/surgery-calendar", "Add every surgery to your calendar (iCalendar feed)")));
    }
}
