package org.sharewell.admin.policies;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Upstream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the template a policy came from has changed, amendment by amendment: each taken as written,
 * kept out (with the reason), or replaced by the admin's own wording. A change to text the
 * organisation changed too is shown beside its own text, and must be decided.
 */
@Route("policies/changes/:id")
@PageTitle("Changes to the template | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class UpstreamChangesView extends Main implements BeforeEnterObserver {

    private final Documents documents;

    UpstreamChangesView(Documents documents) {
        this.documents = documents;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = DocumentLinks.idIn(event);
        Upstream upstream;
        try {
            upstream = documents.upstream(id);
        } catch (NotFound notAdopted) {
            throw new NotFoundException(notAdopted.getMessage());
        }
        removeAll();
        add(new H1("Changes to " + upstream.publisherName() + "'s \"" + upstream.title() + "\""));
        if (upstream.isUpToDate()) {
            add(new Paragraph("Your document has taken in every version of it: version " + upstream.newest() + " is the newest."),
                    new Paragraph(new RouterLink("Back to your document", EditPolicyView.class, DocumentLinks.own(id))));
            return;
        }
        add(new Paragraph("Your document has taken in version " + upstream.base() + "; " + upstream.publisherName()
                + " has published version " + upstream.newest() + ". For each change, take it, keep your own text, or write "
                + "new wording. What you decide goes into your draft; you publish it when you are ready."));
        if (upstream.hasConflicts()) {
            add(new Paragraph("Some changes are to text you have changed too. Decide on those before you publish again."));
        }
        var decisions = new ArrayList<Row>();
        for (var amendment : upstream.amendments()) {
            decisions.add(show(amendment, upstream.publisherName()));
        }
        var take = new Button("Take in version " + upstream.newest() + " as decided", click -> take(id, upstream, decisions));
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(take);
    }

    private record Row(Upstream.Amendment amendment, RadioButtonGroup<Decision> decision, TextArea wording, TextArea reason) {
    }

    private Row show(Upstream.Amendment amendment, String publisher) {
        var card = new Div(new H2("Change " + amendment.number() + (amendment.conflict() ? ": to text you changed too" : "")));
        card.addClassName("summary");
        card.add(new H3("Before"), text(amendment.before()), new H3(publisher + "'s new text"), text(amendment.after()));
        if (amendment.conflict()) {
            card.add(new H3("Your text"), text(amendment.mine()));
        }
        var decision = new RadioButtonGroup<Decision>("What do you want to do with change " + amendment.number() + "?");
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(choice -> switch (choice) {
            case TAKEN -> "Take " + publisher + "'s new text";
            case EDITED -> "Write new wording";
            case DECLINED -> "Keep my text, and say why";
        });
        if (!amendment.conflict()) {
            decision.setValue(Decision.TAKEN);
        }
        var wording = new TextArea("Your wording for change " + amendment.number());
        wording.setWidthFull();
        wording.setValue(amendment.conflict() ? amendment.mine() : amendment.after());
        var reason = new TextArea("Why you are keeping your text");
        reason.setWidthFull();
        wording.setVisible(false);
        reason.setVisible(false);
        decision.addValueChangeListener(change -> {
            wording.setVisible(change.getValue() == Decision.EDITED);
            reason.setVisible(change.getValue() == Decision.DECLINED);
        });
        card.add(decision, wording, reason);
        add(card);
        return new Row(amendment, decision, wording, reason);
    }

    private void take(DocumentId id, Upstream upstream, List<Row> rows) {
        var choices = new ArrayList<Upstream.Choice>();
        Map<String, HasValidation> fields = new HashMap<>();
        for (Row row : rows) {
            int number = row.amendment().number();
            var decision = row.decision().getValue();
            fields.put("amendment " + number, decision == null ? row.decision()
                    : decision == Decision.EDITED ? row.wording() : row.reason());
            if (row.decision().getValue() != null) {
                choices.add(new Upstream.Choice(number, row.decision().getValue(), row.wording().getValue(),
                        row.reason().getValue()));
            }
        }
        if (Refusals.attempt(() -> documents.takeUpstream(id, upstream.newest(), choices), fields)) {
            Refusals.success("Version " + upstream.newest() + " is taken in to your draft. Publish it when you are ready.");
            getUI().ifPresent(ui -> ui.navigate(EditPolicyView.class, DocumentLinks.own(id)));
        }
    }

    private static Pre text(String text) {
        var shown = new Pre(text.isBlank() ? "(nothing)" : text.strip());
        shown.addClassName("amendment-text");
        return shown;
    }
}
