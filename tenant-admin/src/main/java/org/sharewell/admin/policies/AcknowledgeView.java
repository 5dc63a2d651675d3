package org.sharewell.admin.policies;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.policies.LinkedPolicy;
import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.Markdown;

/**
 * Where a person's emailed link to read a policy leads, with no login needed: the policy, what changed
 * since the version they last read (changed words marked), and "I have read this". A link that no
 * longer works says so and offers signing in.
 */
@Route(value = "acknowledge/:token", autoLayout = false)
@PageTitle("Please read | Sharewell")
@AnonymousAllowed
public class AcknowledgeView extends Main implements BeforeEnterObserver {

    private final Acknowledgements acknowledgements;

    AcknowledgeView(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var found = EmailedLink.follow(this, () -> acknowledgements.byLink(token), new RouterLink("Sign in", LoginView.class));
        if (found.isEmpty()) {
            return;
        }
        LinkedPolicy linked = found.get();
        var version = linked.version();
        add(new H1(version.title()), new Paragraph("Hello " + linked.personName() + ". " + linked.organisationName()
                + " asks you to read version " + version.number() + " by " + UkTime.date(linked.dueOn()) + "."));
        if (!linked.changes().isEmpty()) {
            var changes = new Div(new H2("What changed since version " + linked.sinceVersion() + ", which you read"));
            changes.addClassName("summary");
            changes.add(ComparisonTable.of("The lines that changed", linked.sinceVersion(), version.number(),
                    linked.changes().stream().filter(row -> row.kind() != Comparison.Kind.SAME).toList()));
            add(changes);
        }
        var text = new Div(new Html("<div>" + Markdown.toSafeHtml(version.filled()) + "</div>"));
        text.addClassName("document");
        var read = new Button("I have read this", click -> {
            if (Refusals.attempt(() -> acknowledgements.acknowledgeByLink(token))) {
                removeAll();
                add(new H1("Thank you"), new Paragraph("You have said that you have read version " + version.number() + " of \""
                        + version.title() + "\". " + linked.organisationName() + " can see that you have."));
            }
        });
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, read);
    }
}
