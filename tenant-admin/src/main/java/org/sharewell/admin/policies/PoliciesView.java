package org.sharewell.admin.policies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.PageRequest;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.policies.MemberGroupPolicies;
import org.sharewell.policies.Reviews;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.Documents;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;

/**
 * The organisation's policies, for everyone to read; for its admins also the templates offered to it,
 * adopting one, starting one from scratch, and what changed in the templates theirs came from.
 */
@Route("policies")
@PageTitle("Policies | Sharewell")
@Menu(title = "Policies", order = 2.5)
@PermitAll
public class PoliciesView extends Main {

    private final Documents documents;
    private final Acknowledgements acknowledgements;
    private final Reviews reviews;
    private final MemberGroupPolicies memberGroups;
    private final boolean admin;

    PoliciesView(Documents documents, Acknowledgements acknowledgements, Reviews reviews, MemberGroupPolicies memberGroups,
                 AuthenticationContext signedIn) {
        this.documents = documents;
        this.memberGroups = memberGroups;
        this.acknowledgements = acknowledgements;
        this.reviews = reviews;
        this.admin = signedIn.hasRole(Roles.ADMIN);
        addClassName("page");
        add(new H1("Policies"), new Paragraph(admin
                ? "Your organisation's social media policy and the documents that go with it. Adopt a template to start "
                + "one, fill in your organisation's details, change what you need, and publish it."
                : "The policies that apply to everyone who posts for your organisation, or about it."));
        showOurs();
        if (admin) {
            add(new Paragraph(new RouterLink("Your organisation's details for its policies", PolicyDetailsView.class)));
            showOffered();
            add(new H2("Start from scratch"), new Paragraph("Write a document of your own, without a template."),
                    new Button("Start a document", click -> new NewDocumentDialog(documents.audiences(), (audience, title) -> {
                        var created = new Document[1];
                        if (Refusals.attempt(() -> created[0] = documents.create(DocumentKind.POLICY, audience, title,
                                "# " + title + "\n\n"))) {
                            edit(created[0]);
                            return true;
                        }
                        return false;
                    }).open()));
        }
    }

    private void showOurs() {
        var ours = documents.ours(DocumentKind.POLICY, PageRequest.of(0, PageRequest.MOST)).items().stream()
                .filter(document -> admin || document.isPublished()).toList();
        add(new H2("Your organisation's policies"));
        if (ours.isEmpty()) {
            add(new Paragraph(admin ? "None yet. Adopt a template below, or start one from scratch."
                    : "Your organisation has not published a policy on Sharewell yet."));
        }
        ours.forEach(document -> add(ourCard(document)));
    }

    private Div ourCard(Document document) {
        var card = card(document.title(), status(document));
        if (document.source() != null) {
            var source = document.source();
            readable(source.document()).ifPresent(found -> {
                card.add(new Paragraph("Adopted from " + found.publisherName() + "'s \"" + found.title()
                        + "\"; it has taken in version " + source.version() + " of it."));
                if (admin && found.latestVersion() != null && found.latestVersion() > source.version()) {
                    card.add(new Paragraph(new RouterLink(found.publisherName() + " has published version "
                            + found.latestVersion() + ": see what changed", UpstreamChangesView.class,
                            DocumentLinks.own(document.id()))));
                }
            });
        }
        if (document.isPublished()) {
            card.add(new Paragraph(new RouterLink("Read \"" + document.title() + "\"", ReadPolicyView.class,
                    DocumentLinks.of(document.ref()))));
            if (!document.audience().isTemplate()) {
                reviews.of(document.id()).ifPresent(review -> {
                    card.add(new Paragraph((review.overdue() ? "Overdue for review: it was due by " : "Next review by ")
                            + UkTime.date(review.dueOn()) + (review.lastReviewedBy() == null ? "."
                            : ". Last reviewed with no change by " + review.lastReviewedBy() + " on "
                            + UkTime.date(review.lastReviewedAt()) + ": \"" + review.lastNote() + "\".")));
                    if (admin) {
                        var reviewed = new Button("Reviewed, no change", click -> new ReviewedDialog(reviews, document,
                                () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))).open());
                        reviewed.setAriaLabel("Reviewed " + document.title() + ", no change");
                        card.add(reviewed);
                    }
                });
            }
            if (!document.audience().isTemplate() && admin) {
                acknowledgements.status(document.id()).ifPresent(status -> card.add(new Paragraph(new Text("Read by "
                        + status.acknowledged() + " of " + status.readers().size() + " (" + status.percentage() + "%). "),
                        new RouterLink("Who has read it", ReadersView.class, DocumentLinks.own(document.id())))));
            }
            if (!document.audience().isTemplate()) {
                card.add(new Paragraph(new Text("Its public page, for anyone: "), new RouterLink("\"" + document.title()
                        + "\" for the public", PublicPolicyView.class, DocumentLinks.own(document.id()))));
            }
        }
        if (admin && document.audience().isTemplate() && document.isPublished()) {
            card.add(adoptionsOf(document));
        }
        if (admin) {
            card.add(new Paragraph(new RouterLink("Edit \"" + document.title() + "\"", EditPolicyView.class,
                    DocumentLinks.own(document.id()))));
        }
        return card;
    }

    /** Which member groups adopted this template of ours, and how their policies stand, as far as they share it with us. */
    private Div adoptionsOf(Document template) {
        var groups = memberGroups.adoptedFrom(template.id());
        var part = new Div(new H4("Adopted by"));
        if (groups.isEmpty()) {
            part.add(new Paragraph("No member group that shares its policy status with you has adopted it yet."));
        }
        var list = new UnorderedList();
        for (var group : groups) {
            var item = new ListItem(MemberGroupStatus.of(group));
            for (var declined : group.adoption().declined()) {
                item.add(new Paragraph("Declined change " + declined.amendment() + " of your version " + declined.version()
                        + ": \"" + declined.reason() + "\" (" + declined.decidedBy() + ", " + UkTime.date(declined.decidedAt()) + ")"));
            }
            list.add(item);
        }
        part.add(list);
        return part;
    }

    private void showOffered() {
        var offered = documents.offered(DocumentKind.POLICY, PageRequest.of(0, PageRequest.MOST)).items();
        var ours = documents.ours(DocumentKind.POLICY, PageRequest.of(0, PageRequest.MOST)).items();
        add(new H2("Templates you can adopt"));
        if (offered.isEmpty()) {
            add(new Paragraph("No templates are offered to your organisation yet."));
        }
        for (Document template : offered) {
            boolean adopted = ours.stream().anyMatch(own -> own.source() != null && own.source().document().equals(template.ref()));
            var card = card(template.title(), "From " + template.publisherName() + ", version " + template.latestVersion() + ".");
            card.add(new Paragraph(new RouterLink("Read the template", ReadPolicyView.class, DocumentLinks.of(template.ref()))));
            if (adopted) {
                card.add(new Paragraph("Your organisation has adopted this template."));
            } else {
                var adopt = new Button("Adopt", click -> adopt(template));
                adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                adopt.setAriaLabel("Adopt " + template.title());
                card.add(adopt);
            }
            add(card);
        }
    }

    private void adopt(Document template) {
        var audiences = documents.audiences();
        if (audiences.size() == 1) {
            adopt(template, Audience.OWN_ORGANISATION);
        } else {
            new AdoptDialog(template, audiences, audience -> adopt(template, audience)).open();
        }
    }

    private void adopt(Document template, Audience audience) {
        var adopted = new Document[1];
        if (Refusals.attempt(() -> adopted[0] = documents.adopt(template.ref(), audience))) {
            Refusals.success("Adopted. Change what you need, then publish it.");
            edit(adopted[0]);
        }
    }

    private void edit(Document document) {
        getUI().ifPresent(ui -> ui.navigate(EditPolicyView.class, DocumentLinks.own(document.id())));
    }

    private static Div card(String title, String status) {
        var card = new Div(new H3(title), new Paragraph(status));
        card.addClassName("summary");
        return card;
    }

    private static String status(Document document) {
        return document.isPublished() ? "Version " + document.latestVersion() + ". " + document.audience().description() + "."
                : "Not published yet. " + document.audience().description() + ".";
    }

    /** The document a policy came from, while the organisation may still read it (not after leaving its umbrella body). */
    private java.util.Optional<Document> readable(org.sharewell.publishing.DocumentRef ref) {
        try {
            return java.util.Optional.of(documents.find(ref));
        } catch (NotFound gone) {
            return java.util.Optional.empty();
        }
    }
}
