package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.ProblemSummary;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.FormProof;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.SurgeryBookings;
import org.sharewell.surgeries.SurgeryWaitingList;
import org.sharewell.surgeries.WaitingEntry;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Booking a place at one surgery date with no account, or joining its waiting list when it is full. The
 * form carries the token it was shown with, so one sent back by a machine within seconds is refused.
 */
@Route(value = "surgeries/book/:date", autoLayout = false)
@PageTitle("Book a surgery place | Sharewell")
@AnonymousAllowed
public class BookSurgeryView extends Main implements BeforeEnterObserver {

    private final SurgeryBookings bookings;
    private final SurgeryWaitingList waiting;

    BookSurgeryView(SurgeryBookings bookings, SurgeryWaitingList waiting) {
        this.bookings = bookings;
        this.waiting = waiting;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Occurrence date;
        try {
            date = bookings.occurrence(new OccurrenceId(UUID.fromString(event.getRouteParameters().get("date").orElse(""))));
        } catch (NotFound | IllegalArgumentException unknown) {
            throw new NotFoundException("There is no such surgery date open for booking here.");
        }
        show(date);
    }

    private void show(Occurrence date) {
        removeAll();
        var surgery = bookings.surgery(date.surgery());
        var about = new Div(new Paragraph(PlacesLeft.when(date)), new Paragraph("Where: " + PlacesLeft.where(surgery)));
        if (!surgery.offers().isBlank()) {
            about.add(new Paragraph("Help with: " + surgery.offers()));
        }
        if (!surgery.accessibility().isBlank()) {
            about.add(new Paragraph("Access: " + surgery.accessibility()));
        }
        about.add(new Paragraph(PlacesLeft.of(date)));
        about.addClassName("summary");
        add(new H1(date.title()), about, new Paragraph(new RouterLink("All surgeries", PublicSurgeriesView.class)));
        boolean full = date.placesLeft() == 0;
        add(new H2(full ? "Join the waiting list" : "Book a place"));
        if (full) {
            add(new Paragraph("This date is full. Join its waiting list and we will email you as soon as a place is yours to "
                    + "claim; you keep your place in line."));
        }
        if (surgery.terms().needsApproval() && !full) {
            add(new Paragraph("The host checks each booking, and will let you know. Your place is kept for you meanwhile."));
        }
        var fields = new BookerFields();
        var summary = new ProblemSummary();
        var everyDate = new Checkbox("Book the same at every date of this surgery still to come");
        String token = bookings.formToken();
        var send = new Button(full ? "Join the waiting list" : "Book", click -> {
            var proof = new FormProof(token, null);
            var byName = new HashMap<>(fields.byName());
            if (full) {
                var joined = new WaitingEntry[1];
                if (Refusals.attempt(() -> joined[0] = waiting.join(date.id(), fields.booking(proof)), byName, summary)) {
                    joined(joined[0]);
                }
            } else {
                var made = new AtomicReference<List<Booking>>();
                if (Refusals.attempt(() -> made.set(everyDate.getValue()
                        ? bookings.bookSeries(date.surgery(), fields.booking(proof))
                        : List.of(bookings.book(date.id(), fields.booking(proof)))), byName, summary)) {
                    booked(made.get());
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summary, fields);
        if (!full && surgery.repeats() != null) {
            add(everyDate);
        }
        add(send);
    }

    private void booked(List<Booking> booked) {
        removeAll();
        var first = booked.getFirst();
        boolean requested = first.status() == BookingStatus.REQUESTED;
        add(new H1(requested ? "Thank you: your request is with the host" : "You are booked"));
        var dates = booked.stream().map(booking -> UkTime.dateAndTime(booking.occurrence().startsAt())).toList();
        add(new Paragraph((first.places() == 1 ? "1 place" : first.places() + " places") + " for " + first.groupName()
                + " at " + first.occurrence().title() + " on " + String.join("; ", dates) + "."));
        add(new Paragraph(requested ? "We have emailed " + first.email() + ". The host will let you know by "
                + UkTime.dateAndTime(first.holdExpiresAt()) + "."
                : "We have emailed " + first.email() + " the details, with the calendar entry and your own link to change or "
                + "cancel the booking."), new Paragraph(new RouterLink("All surgeries", PublicSurgeriesView.class)));
    }

    private void joined(WaitingEntry entry) {
        removeAll();
        add(new H1("You are on the waiting list"), new Paragraph("You are number " + entry.position() + " in line for "
                + entry.occurrence().title() + " on " + UkTime.dateAndTime(entry.occurrence().startsAt()) + "."),
                new Paragraph("We have emailed " + entry.email() + " your own link. When a place is freed for you, we email you "
                        + "at once, and keep it for you for a while."),
                new Paragraph(new RouterLink("All surgeries", PublicSurgeriesView.class)));
    }
}
