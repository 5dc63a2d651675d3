package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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

import java.util.Map;

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
                + booking.groupName() + ", " + (booking.status() == org.sharewell.surgeries.BookingStatus.REQUESTED
                ? "asked for by " + booking.name() + ": the host will let you know." : "booked by " + booking.name() + ".")),
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
        var places = new RadioButtonGroup<Integer>("How many of you are coming?");
        places.setItems(1, 2);
        places.setItemLabelGenerator(count -> count == 1 ? "1 person" : "2 people");
        places.setValue(booking.places());
        var change = new Button("Change the number of places", click -> {
            if (Refusals.attempt(() -> bookings.changePlaces(token, places.getValue() == null ? 0 : places.getValue()),
                    Map.of("places", places))) {
                Refusals.success("Your booking is now for " + (places.getValue() == 1 ? "1 place." : "2 places."));
            }
        });
        add(new H1(occurrence.title()), details, places, change, new Paragraph("You can change or cancel until "
                + UkTime.dateAndTime(booking.changeableUntil()) + ". After that, please tell the host."), cancel);
    }
}
