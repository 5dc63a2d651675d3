package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.NotFound;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckRequestId;
import org.sharewell.posting.CheckRequests;

import java.util.UUID;

/** One question about a post: for the person who asked, and for champions and admins, who may answer it here. */
@Route("check-requests/:id")
@PageTitle("A question about a post | Sharewell")
@PermitAll
public class CheckRequestView extends Main implements BeforeEnterObserver {

    private final CheckRequests requests;
    private final People people;

    CheckRequestView(CheckRequests requests, People people) {
        this.requests = requests;
        this.people = people;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CheckRequest request;
        try {
            request = requests.find(new CheckRequestId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (NotFound | IllegalArgumentException unknown) {
            throw new NotFoundException("There is no such question about a post.");
        }
        show(request);
    }

    private void show(CheckRequest request) {
        removeAll();
        add(new H1("A post for " + request.platform()), new RequestDetails(request));
        boolean answers = people.me().map(me -> me.holds(KeyRole.TENANT_ADMIN) || me.holds(KeyRole.CHAMPION)).orElse(false);
        if (answers && !request.status().answered()) {
            add(new AnswerForm((answer, note) -> requests.answer(request.id(), answer, note), answered -> {
                Refusals.success("Answered. " + answered.requesterName() + " has been emailed your answer.");
                show(answered);
            }));
        }
        add(new Paragraph(new RouterLink("The posts you asked about", MyCheckRequestsView.class)));
        if (answers) {
            add(new Paragraph(new RouterLink("All questions about posts", CheckRequestsView.class)));
        }
    }
}
