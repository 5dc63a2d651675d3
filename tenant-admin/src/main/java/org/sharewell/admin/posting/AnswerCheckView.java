package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.login.LoginView;
import org.sharewell.admin.shared.EmailedLink;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckRequests;

/**
 * Where the communications contact's emailed link leads, with no login needed: the post, and the
 * answer with a note. A link that no longer works says so and offers signing in.
 */
@Route(value = "check/:token", autoLayout = false)
@PageTitle("Can this be posted? | Sharewell")
@AnonymousAllowed
public class AnswerCheckView extends Main implements BeforeEnterObserver {

    private final CheckRequests requests;

    AnswerCheckView(CheckRequests requests) {
        this.requests = requests;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var found = EmailedLink.follow(this, () -> requests.byLink(token), new RouterLink("Sign in", LoginView.class));
        if (found.isEmpty()) {
            return;
        }
        CheckRequest request = found.get();
        add(new H1("Can this be posted?"), new Paragraph("Hello " + request.contactName() + ". " + request.requesterName()
                + " asks whether this post may go out."), new RequestDetails(request),
                new AnswerForm((answer, note) -> requests.answerByLink(token, answer, note), answered -> {
                    removeAll();
                    add(new H1("Thank you"), new Paragraph(answered.requesterName() + " has been emailed your answer, \""
                            + answered.status().description() + "\", with your note."), new RequestDetails(answered));
                }));
    }
}
