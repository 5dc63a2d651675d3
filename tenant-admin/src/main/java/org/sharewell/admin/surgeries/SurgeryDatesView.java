package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.shared.Columns;
import org.sharewell.kernel.NotFound;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.kernel.Roles;
import org.sharewell.surgeries.Surgeons;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.Surgery;
import org.sharewell.surgeries.SurgeryId;

import java.util.UUID;

/** One of the organisation's surgeries: how it runs, and its dates to come with the places left in each. */
@Route("our-surgeries/:id")
@PageTitle("Surgery dates | Sharewell")
@PermitAll
public class SurgeryDatesView extends Main implements BeforeEnterObserver {

    private final Surgeries surgeries;
    private final Surgeons surgeons;
    private final boolean hosts;

    SurgeryDatesView(Surgeries surgeries, Surgeons surgeons, AuthenticationContext signedIn) {
        this.surgeries = surgeries;
        this.surgeons = surgeons;
        this.hosts = signedIn.hasRole(Roles.ADMIN) || signedIn.hasRole(Roles.CHAMPION);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Surgery surgery;
        try {
            surgery = surgeries.find(new SurgeryId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (NotFound | IllegalArgumentException unknown) {
            throw new NotFoundException("There is no such surgery.");
        }
        removeAll();
        var terms = surgery.terms();
        var about = new Div(new Paragraph("Where: " + PlacesLeft.where(surgery)),
                new Paragraph(surgery.open() ? "On your public page and in the directory of surgeries."
                        : "Not on your public page: only people you give a date's link to can book."),
                new Paragraph((terms.needsApproval() ? "You check each booking; a place is kept for " + terms.holdHours()
                        + " hours meanwhile. " : "Bookings are confirmed at once. ") + "Bookers can change or cancel until "
                        + terms.cutOffHours() + " hours before. A freed place is kept for the first on the waiting list for "
                        + terms.offerHours() + " hours."),
                new Paragraph("Reminders: " + String.join(" and ", terms.reminderHours().stream().map(h -> h + " hours").toList())
                        + " before."));
        about.addClassName("summary");
        var grid = new Grid<Occurrence>();
        grid.setAriaLabel("The dates of " + surgery.title());
        var columns = new Columns<>(grid);
        columns.add("When", PlacesLeft::when).setFlexGrow(2);
        columns.add("Places", PlacesLeft::of);
        if (hosts) {
            grid.addComponentColumn(date -> {
                var open = new Button("Bookings", click -> open(date));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.setAriaLabel("Bookings on " + PlacesLeft.when(date));
                return open;
            }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
            grid.addItemClickListener(click -> open(click.getItem()));
        }
        grid.setItems(surgeries.occurrences(surgery.id()));
        grid.setEmptyStateText("No dates to come.");
        grid.setHeight("22rem");
        add(new H1(surgery.title()), about, grid);
        if (hosts) {
            add(new SurgeonForm(surgeons, surgery));
        }
        add(new Paragraph(new RouterLink("All surgeries", OurSurgeriesView.class)));
    }

    private void open(Occurrence date) {
        getUI().ifPresent(ui -> ui.navigate(SurgeryDateView.class, new RouteParameters("id", date.id().value().toString())));
    }
}
