package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.Surgeries;

import java.util.UUID;

/**
 * One date of a surgery, as its host runs it: who booked (approving or declining requests), its waiting
 * list, and changing or cancelling this date alone, which tells everyone booked.
 */
@Route("our-surgeries/dates/:id")
@PageTitle("A surgery date | Sharewell")
@RolesAllowed({Roles.ADMIN, Roles.CHAMPION})
public class SurgeryDateView extends Main implements BeforeEnterObserver {

    private final Surgeries surgeries;

    SurgeryDateView(Surgeries surgeries) {
        this.surgeries = surgeries;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(surgeries.date(new OccurrenceId(UUID.fromString(event.getRouteParameters().get("id").orElse("")))));
        } catch (NotFound | IllegalArgumentException unknown) {
            throw new NotFoundException("There is no such date of a surgery.");
        }
    }

    private void show(Occurrence date) {
        removeAll();
        add(new H1(date.title() + ", " + PlacesLeft.when(date)), new Paragraph(PlacesLeft.of(date)));
        add(new H2("Who booked"), new DateBookings(surgeries, date, () -> show(surgeries.date(date.id()))));
        add(new H2("Waiting list"), new DateWaitingList(surgeries.waiting(date.id())));
        if (date.status() == OccurrenceStatus.SCHEDULED) {
            add(new DateChangeForm(surgeries, date, changed -> show(changed)));
        }
        add(new Paragraph(new RouterLink("All dates of this surgery", SurgeryDatesView.class,
                new RouteParameters("id", date.surgery().value().toString()))));
    }
}
