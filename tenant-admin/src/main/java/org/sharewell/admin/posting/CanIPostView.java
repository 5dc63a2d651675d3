package org.sharewell.admin.posting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.policies.PublicPolicyView;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.posting.Answer;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.Outcome;
import org.sharewell.posting.PostingGuide;
import org.sharewell.posting.Walk;
import org.sharewell.publishing.DocumentId;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Can I post this?": the questions of the organisation's policy, one at a time. Each answer is a new
 * address (the policy, its version and the answers so far), so the browser's Back goes back a question
 * and a finished walk can be shared as a link. It ends by quoting what the policy says: go ahead, or
 * check it first, with the form that sends the post to the communications contact.
 */
@Route(GuideLinks.ROUTE)
@PageTitle("Can I post this? | Sharewell")
@Menu(title = "Can I post this?", order = 2.6)
@PermitAll
public class CanIPostView extends Main implements BeforeEnterObserver {

    private final PostingGuide guide;
    private final CheckRequests requests;
    private final TenantAddresses addresses;
    private final TenantSettings settings;

    CanIPostView(PostingGuide guide, CheckRequests requests, TenantAddresses addresses, TenantSettings settings) {
        this.guide = guide;
        this.requests = requests;
        this.addresses = addresses;
        this.settings = settings;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Can I post this?"));
        var query = event.getLocation().getQueryParameters();
        Walk walk;
        try {
            walk = query.getSingleParameter("policy").isPresent() ? guide.walk(
                    new DocumentId(UUID.fromString(query.getSingleParameter("policy").get())),
                    Integer.parseInt(query.getSingleParameter("version").orElse("")),
                    Walk.pathOf(query.getSingleParameter("path").orElse(""))) : start();
        } catch (NotFound | InvalidInput | IllegalArgumentException unknown) {
            add(new Paragraph("This link does not lead to a question of your organisation's guide. It may be mistyped."),
                    new Paragraph(new RouterLink("Start the guide from the beginning", CanIPostView.class)));
            return;
        }
        if (walk == null) {
            add(new Paragraph("Your organisation has not published a social media policy with these questions yet. "
                    + "Ask an admin, or your communications contact, before you post."));
            return;
        }
        add(new Paragraph("Answer the questions from \"" + walk.guide().title() + "\" (version " + walk.guide().version()
                + "), one at a time. The policy then says whether you may post it, or should check it first."));
        if (walk.outOfDate()) {
            var newer = new Paragraph("These answers come from version " + walk.guide().version() + " of the policy; version "
                    + walk.newestVersion() + " has been published since, and may say something different. ");
            newer.add(new RouterLink("Start again with the newest version", CanIPostView.class));
            newer.addClassName("summary");
            add(newer);
        }
        showAnswers(walk);
        if (walk.end() == null) {
            ask(walk);
        } else {
            end(walk, walk.end());
        }
        add(new Paragraph(new RouterLink("The posts you have asked about", MyCheckRequestsView.class)));
    }

    private Walk start() {
        return guide.newest().map(found -> guide.walk(found.policy(), found.version(), List.of())).orElse(null);
    }

    private void showAnswers(Walk walk) {
        if (walk.steps().isEmpty()) {
            return;
        }
        var list = new OrderedList();
        var path = new ArrayList<String>();
        for (var step : walk.steps()) {
            var change = new RouterLink("Change this answer", CanIPostView.class);
            change.setQueryParameters(GuideLinks.of(walk, String.join(".", path)));
            change.getElement().setAttribute("aria-label", "Change your answer to \"" + step.question().text() + "\"");
            list.add(new ListItem(new Paragraph(step.question().text() + " " + step.chosen().label() + ". "), change));
            path.add(Integer.toString(step.chosen().number()));
        }
        add(new H2("Your answers"), list);
    }

    private void ask(Walk walk) {
        var question = walk.next();
        var answers = new RadioButtonGroup<Answer>(question.text());
        answers.setItems(question.answers());
        answers.setItemLabelGenerator(Answer::label);
        if (!question.hint().isBlank()) {
            answers.setHelperText(question.hint());
        }
        var next = new Button("Next question", click -> {
            if (answers.getValue() == null) {
                answers.setErrorMessage("Choose the answer that fits your post.");
                answers.setInvalid(true);
                return;
            }
            String path = walk.path().isEmpty() ? Integer.toString(answers.getValue().number())
                    : walk.path() + "." + answers.getValue().number();
            getUI().ifPresent(ui -> ui.navigate(CanIPostView.class, GuideLinks.of(walk, path)));
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Question " + question.number() + " of " + walk.guide().questions().size()), answers, next);
    }

    private void end(Walk walk, Answer end) {
        var box = new Div();
        box.addClassName("summary");
        box.add(new H2(end.outcome() == Outcome.GO_AHEAD ? "You may post it" : "Check it first"),
                new Paragraph("\"" + walk.guide().title() + "\" says, under \"" + walk.guide().section() + "\":"));
        var quote = new Paragraph(end.says());
        quote.addClassName("quote");
        box.add(quote, new Paragraph(new RouterLink("Read the whole policy", PublicPolicyView.class,
                new RouteParameters("id", walk.guide().policy().toString()))));
        var link = new TextField("A link to this answer, to share");
        link.setValue(addresses.homeOf(settings.tenant().slug()).resolve(GuideLinks.relative(walk)).toString());
        link.setReadOnly(true);
        link.setWidthFull();
        box.add(link);
        add(box);
        if (end.outcome() == Outcome.CHECK_FIRST) {
            add(new CheckRequestForm(walk, requests, sent -> {
                Refusals.success("Sent to " + sent.contactName() + ". You will get an email when they answer.");
                getUI().ifPresent(ui -> ui.navigate(MyCheckRequestsView.class));
            }));
        }
    }
}
