package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.sharewell.admin.shared.Columns;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.WaitingEntry;

import java.util.List;

/** A date's waiting list in line order, with who was offered a place and until when. */
class DateWaitingList extends Div {

    DateWaitingList(List<WaitingEntry> entries) {
        var grid = new Grid<WaitingEntry>();
        grid.setAriaLabel("Waiting list");
        var columns = new Columns<>(grid);
        columns.add("Group", WaitingEntry::groupName).setFlexGrow(2);
        columns.add("Name", entry -> entry.name() + ", " + entry.email());
        columns.add("Places", entry -> Integer.toString(entry.places()));
        columns.add("In line", entry -> entry.position() == 0 ? "" : "Number " + entry.position());
        columns.add("Status", DateWaitingList::status);
        grid.setItems(entries);
        grid.setEmptyStateText("Nobody is waiting.");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static String status(WaitingEntry entry) {
        return switch (entry.status()) {
            case WAITING -> "Waiting";
            case OFFERED -> "Offered a place until " + UkTime.dateAndTime(entry.offerExpiresAt());
            case BOOKED -> "Took a place";
            case LEFT -> "Left the list";
            case PASSED -> "Did not claim the offer in time";
        };
    }
}
