package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.shared.Paging;
import org.sharewell.posting.CheckRequests;

/** The posts the signed-in person asked about, newest first, with the answers. */
@Route("can-i-post/requests")
@PageTitle("The posts you asked about | Sharewell")
@PermitAll
public class MyCheckRequestsView extends Main {

    MyCheckRequestsView(CheckRequests requests) {
        addClassName("page");
        var grid = RequestColumns.grid("The posts you asked about", false);
        grid.setEmptyStateText("You have not asked about a post yet.");
        grid.setHeight("24rem");
        Paging.show(grid, requests::mine);
        add(new H1("The posts you asked about"), grid,
                new Paragraph(new RouterLink("Can I post this? Ask about another post", CanIPostView.class)));
    }
}
