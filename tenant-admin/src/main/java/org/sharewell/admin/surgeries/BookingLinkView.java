package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.EmailedLink;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.SurgeryBookings;

/**
 * Where a booker's emailed link leads, with no login needed: the booking, its calendar entry, and
 * cancelling it, which frees the places for others. A link that no longer works says so.
 */
@Route(value = "booking/:token", autoLayout = false)
@PageTitle("Your surgery booking | Sharewell")
@AnonymousAllowed
public class BookingLinkView extends Main implements BeforeEnterObserver {

    private final SurgeryBookings bookings;

    BookingLinkView(SurgeryBookings bookings) {
        this.bookings = bookings;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var found = EmailedLink.follow(this, () -> bookings.byLink(token));
        if (found.isEmpty()) {
            return;
        }
        Booking booking = found.get();
        var occurrence = booking.occurrence();
        var details = new Div(new Paragraph(booking.places() + (booking.places() == 1 ? " place" : " places") + " for "
                + booking.groupName() + ", booked by " + booking.name() + "."),
                new Paragraph("On " + UkTime.dateAndTime(occurrence.startsAt()) + " until "
                        + UkTime.inUk(occurrence.endsAt()).toLocalTime() + "."),
                new Paragraph(new Anchor("/api/v1/public/bookings/" + token + "/calendar", "Add it to your calendar")));
        details.addClassName("summary");
        var cancel = new Button("Cancel this booking", click -> {
            if (Refusals.attempt(() -> bookings.cancelByLink(token))) {
                removeAll();
                add(new H1("Your booking is cancelled"), new Paragraph("Thank you for letting us know: your places are free "
                        + "for someone else. You are welcome to book another surgery at any time."));
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(occurrence.title()), details, new Paragraph("You can cancel until "
                + UkTime.dateAndTime(booking.changeableUntil()) + ". After that, please tell the host."), cancel);
    }
}
