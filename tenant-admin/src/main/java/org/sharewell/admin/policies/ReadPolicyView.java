package org.sharewell.admin.policies;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Version;

import java.util.Map;

/** A published document as its readers read it: the newest version, and every earlier one to compare. */
@Route("policies/read/:publisher/:id")
@PageTitle("Policy | Sharewell")
@PermitAll
public class ReadPolicyView extends Main implements BeforeEnterObserver {

    private final Documents documents;
    private final Acknowledgements acknowledgements;

    ReadPolicyView(Documents documents, Acknowledgements acknowledgements) {
        this.documents = documents;
        this.acknowledgements = acknowledgements;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var ref = DocumentLinks.refIn(event);
        java.util.List<Version> versions;
        try {
            versions = documents.versions(ref);
        } catch (NotFound notReadable) {
            throw new NotFoundException(notReadable.getMessage());
        }
        if (versions.isEmpty()) {
            throw new NotFoundException("Not published yet.");
        }
        removeAll();
        var newest = versions.getFirst();
        var text = new Div(new Html("<div>" + Markdown.toSafeHtml(newest.filled()) + "</div>"));
        text.addClassName("document");
        add(new H1(newest.title()), new Paragraph(said(newest)));
        acknowledgements.mine().stream().filter(toRead -> toRead.policy().equals(ref)).findFirst().ifPresent(toRead -> {
            var read = new com.vaadin.flow.component.button.Button("I have read version " + toRead.version(), click -> {
                if (org.sharewell.admin.shared.Refusals.attempt(() -> acknowledgements.acknowledge(ref.id(), toRead.version()))) {
                    org.sharewell.admin.shared.Refusals.success("Thank you: your organisation can see that you have read it.");
                    click.getSource().setEnabled(false);
                }
            });
            read.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph("You are asked to read version " + toRead.version() + " by " + UkTime.date(toRead.dueOn())
                    + ". Say so once you have."), read);
        });
        add(text, new H2("Versions"));
        var list = new UnorderedList();
        for (int i = 0; i < versions.size(); i++) {
            var version = versions.get(i);
            var item = new ListItem(said(version) + " ");
            if (i + 1 < versions.size()) {
                var parameters = new java.util.HashMap<>(Map.of("publisher", ref.publisher().toString(), "id", ref.id().toString(),
                        "from", Integer.toString(versions.get(i + 1).number()), "to", Integer.toString(version.number())));
                item.add(new RouterLink("Compare version " + version.number() + " with version " + versions.get(i + 1).number(),
                        CompareVersionsView.class, new RouteParameters(parameters)));
            }
            list.add(item);
        }
        // A way on, which also gives a long document's scrolling area something to reach by keyboard.
        add(list, new Paragraph(new RouterLink("Back to the policies", PoliciesView.class)));
    }

    private static String said(Version version) {
        return "Version " + version.number() + ", published on " + UkTime.date(version.publishedAt()) + " by "
                + version.publishedBy() + " (" + (version.change() == org.sharewell.publishing.Change.MINOR ? "minor" : "substantive")
                + "): " + version.summary();
    }
}
