package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Paging;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.Surgery;

/** The organisation's own Social Media Surgeries, as their host: each opens its dates. */
@Route("our-surgeries")
@PageTitle("Surgeries | Sharewell")
@Menu(title = "Surgeries", order = 2.8)
@PermitAll
public class OurSurgeriesView extends Main {

    OurSurgeriesView(Surgeries surgeries, AuthenticationContext signedIn) {
        addClassName("page");
        add(new H1("Surgeries"), new Paragraph("Social Media Surgeries your organisation hosts: free drop-ins where "
                + "volunteers help local groups with the web. Groups book on your public page, with no account."));
        add(new Paragraph(new Anchor("/surgeries", "Your public surgeries page")),
                new Paragraph(new Anchor("/api/v1/public/surgery-calendar", "Your surgeries' calendar feed (iCalendar)")));
        if (signedIn.hasRole(Roles.ADMIN) || signedIn.hasRole(Roles.CHAMPION)) {
            var create = new RouterLink("New surgery", NewSurgeryView.class);
            create.addClassName("primary-link");
            add(new Paragraph(create));
        }
        var grid = new Grid<Surgery>();
        grid.setAriaLabel("Your surgeries");
        var columns = new Columns<>(grid);
        columns.add("Surgery", Surgery::title).setFlexGrow(3);
        columns.add("Where", PlacesLeft::where);
        columns.add("First day", surgery -> UkTime.date(surgery.firstDay()));
        columns.add("Time", surgery -> surgery.starts() + " to " + surgery.ends());
        columns.add("Places", surgery -> Integer.toString(surgery.places()));
        columns.add("On your public page", surgery -> surgery.open() ? "Yes" : "No");
        // Links, not buttons: each row's pages have addresses of their own, to share or open in a new tab.
        grid.addComponentColumn(surgery -> {
            var dates = new RouterLink("Dates", SurgeryDatesView.class, new RouteParameters("id", surgery.id().value().toString()));
            dates.getElement().setAttribute("aria-label", "The dates of " + surgery.title());
            return dates;
        }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        boolean hosts = signedIn.hasRole(Roles.ADMIN) || signedIn.hasRole(Roles.CHAMPION);
        if (hosts) {
            grid.addComponentColumn(surgery -> surgeries.occurrences(surgery.id()).stream()
                    .filter(date -> date.status() == org.sharewell.surgeries.OccurrenceStatus.SCHEDULED).findFirst()
                    .<com.vaadin.flow.component.Component>map(date -> {
                        var next = new RouterLink(UkTime.date(date.startsAt()), SurgeryDateView.class,
                                new RouteParameters("id", date.id().value().toString()));
                        next.getElement().setAttribute("aria-label", "Who booked the next date of " + surgery.title() + ", "
                                + UkTime.date(date.startsAt()));
                        return next;
                    }).orElseGet(com.vaadin.flow.component.html.Span::new)).setHeader("Next date").setAutoWidth(true);
        }
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText("No surgeries yet.");
        grid.setHeight("20rem");
        Paging.show(grid, surgeries::ours);
        add(grid);
    }

    private void open(Surgery surgery) {
        getUI().ifPresent(ui -> ui.navigate(SurgeryDatesView.class, new RouteParameters("id", surgery.id().value().toString())));
    }
}
