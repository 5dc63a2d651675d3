package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.admin.shared.ChoiceFilter;
import org.sharewell.admin.shared.Paging;
import org.sharewell.kernel.Roles;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.CheckStatus;

/** Every question about a post sent in the organisation, searchable, with how fast they were answered. */
@Route("check-requests")
@PageTitle("Questions about posts | Sharewell")
@Menu(title = "Questions about posts", order = 2.7)
@RolesAllowed({Roles.ADMIN, Roles.CHAMPION})
public class CheckRequestsView extends Main {

    CheckRequestsView(CheckRequests requests) {
        addClassName("page");
        var words = new TextField("Search the posts, notes and names");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        words.setWidth("22rem");
        var status = new ChoiceFilter<>("Show", CheckStatus.values(), CheckStatus::description, "All");
        status.setWidth("16rem");
        var grid = RequestColumns.grid("Questions about posts", true);
        grid.setEmptyStateText("No questions about posts to show. People ask them from \"Can I post this?\".");
        grid.setHeight("24rem");
        Paging.show(grid, page -> requests.search(words.getValue(), status.getValue(), page));
        words.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(words, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Questions about posts"), new CheckFiguresNotice(requests), filters, grid);
    }
}
