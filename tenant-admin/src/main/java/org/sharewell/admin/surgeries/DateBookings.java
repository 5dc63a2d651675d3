package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.BookingStatus;
import org.sharewell.surgeries.Need;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.Surgeries;

import java.util.Map;

/** Who booked one date, in the order they booked, with a way to approve or decline each request. */
class DateBookings extends Div {

    DateBookings(Surgeries surgeries, Occurrence date, Runnable changed) {
        var grid = new Grid<Booking>();
        grid.setAriaLabel("Who booked");
        var columns = new Columns<>(grid);
        columns.add("Group", Booking::groupName).setFlexGrow(2);
        columns.add("Booked by", booking -> booking.name() + ", " + booking.email());
        columns.add("Places", booking -> Integer.toString(booking.places()));
        columns.add("Help with", booking -> String.join(", ", booking.needs().stream().map(Need::description).sorted().toList())
                + (booking.needNote().isBlank() ? "" : " (" + booking.needNote() + ")"));
        columns.add("How much", booking -> booking.help().description());
        columns.add("Status", DateBookings::status);
        var reason = new TextField("Why you are declining a request");
        reason.setHelperText("The group is told this. Such as \"This date is for groups in Brookfield\".");
        reason.setMaxLength(500);
        reason.setWidth("28rem");
        grid.addComponentColumn(booking -> {
            if (booking.status() != BookingStatus.REQUESTED) {
                return new Div();
            }
            var approve = new Button("Approve", click -> {
                if (Refusals.attempt(() -> surgeries.approve(booking.id()))) {
                    Refusals.success("Approved. " + booking.name() + " has been emailed the confirmation.");
                    changed.run();
                }
            });
            approve.setAriaLabel("Approve the request from " + booking.groupName());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var decline = new Button("Decline", click -> {
                if (Refusals.attempt(() -> surgeries.decline(booking.id(), reason.getValue()), Map.of("reason", reason))) {
                    Refusals.success("Declined. " + booking.name() + " has been told why.");
                    changed.run();
                }
            });
            decline.setAriaLabel("Decline the request from " + booking.groupName() + ", with the reason written below");
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(approve, decline);
        }).setHeader("Request").setAutoWidth(true).setFlexGrow(0);
        var bookings = surgeries.bookings(date.id());
        grid.setItems(bookings);
        grid.setEmptyStateText("Nobody has booked yet.");
        grid.setAllRowsVisible(true);
        add(grid);
        if (bookings.stream().anyMatch(booking -> booking.status() == BookingStatus.REQUESTED)) {
            add(reason);
        }
    }

    private static String status(Booking booking) {
        return switch (booking.status()) {
            case REQUESTED -> "Waiting for you to check it";
            case CONFIRMED -> "Booked";
            case DECLINED -> "Declined";
            case EXPIRED -> "Not checked in time";
            case CANCELLED -> "Cancelled by the group";
        };
    }
}
