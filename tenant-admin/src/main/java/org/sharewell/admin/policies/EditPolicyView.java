package org.sharewell.admin.policies;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.sharewell.publishing.Document;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Draft;
import org.sharewell.publishing.Placeholder;

import java.util.Map;

/**
 * An admin edits a document's Markdown beside a live preview, with the organisation's details filled
 * in, sees what blocks publishing, and publishes the next version.
 */
@Route("policies/edit/:id")
@PageTitle("Edit a policy | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class EditPolicyView extends Main implements BeforeEnterObserver {

    private final Documents documents;
    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("Text");
    private final Div preview = new Div();
    private final Div blocking = new Div();
    private Document document;

    EditPolicyView(Documents documents) {
        this.documents = documents;
        addClassName("page");
        addClassName("wide-page");
        title.setRequired(true);
        title.setWidthFull();
        text.setWidthFull();
        text.setMinRows(18);
        text.setHelperText("Write # before a heading, - before each item of a list, and **two stars** around bold words. "
                + "Words in double braces, such as {{communications_contact}}, are filled in from your organisation's details.");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> showPreview(change.getValue()));
        preview.addClassName("document");
        preview.addClassName("preview");
        blocking.addClassName("summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = DocumentLinks.idIn(event);
        Draft draft;
        try {
            document = documents.ours(id);
            draft = documents.draft(id);
        } catch (NotFound notOurs) {
            throw new NotFoundException(notOurs.getMessage());
        }
        title.setValue(draft.title());
        text.setValue(draft.body());
        removeAll();
        var save = new Button("Save draft", click -> save());
        var publish = new Button("Publish…", click -> {
            if (save()) {
                new PublishDialog(document, (change, summary) -> Refusals.attempt(() -> {
                    var version = documents.publish(document.id(), change, summary);
                    Refusals.success("Version " + version.number() + " is published.");
                    getUI().ifPresent(ui -> ui.navigate(ReadPolicyView.class, DocumentLinks.of(document.ref())));
                }, Map.of())).open();
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var editor = new Div(title, text);
        editor.addClassName("editor");
        var previewPart = new Div(new H2("Preview"), preview);
        previewPart.addClassName("editor");
        var sideBySide = new FlexLayout(editor, previewPart);
        sideBySide.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sideBySide.addClassName("side-by-side");
        add(new H1("Edit \"" + document.title() + "\""), new Paragraph(document.isPublished()
                ? "Version " + document.latestVersion() + " is published. What you change here is a draft until you publish it."
                : "Not published yet. What you write here is a draft until you publish it."), blocking);
        if (document.source() != null) {
            add(new Paragraph(new RouterLink("Changes from the document this one was adopted from", UpstreamChangesView.class,
                    DocumentLinks.own(id))));
        }
        add(sideBySide, new Div(save, publish));
        showBlocking(draft);
        showPreview(draft.body());
    }

    private boolean save() {
        var saved = new Draft[1];
        if (Refusals.attempt(() -> saved[0] = documents.saveDraft(document.id(), title.getValue(), text.getValue()),
                Map.of("title", title, "body", text))) {
            showBlocking(saved[0]);
            Refusals.success("Draft saved.");
            return true;
        }
        return false;
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        Refusals.check(() -> preview.add(new Html("<div>" + documents.preview(document.id(), markdown) + "</div>")), Map.of("body", text));
    }

    private void showBlocking(Draft draft) {
        blocking.removeAll();
        blocking.setVisible(!draft.isReadyToPublish());
        if (!draft.unfilled().isEmpty()) {
            blocking.add(new Paragraph("Before you can publish, fill in: "
                    + String.join("; ", draft.unfilled().stream().map(Placeholder::label).toList()) + "."),
                    new Paragraph(new RouterLink("Fill in your organisation's details", PolicyDetailsView.class)));
        }
        if (!draft.unknown().isEmpty()) {
            blocking.add(new Paragraph("Sharewell does not know these words in double braces: "
                    + String.join(", ", draft.unknown().stream().map(word -> "{{" + word + "}}").toList())
                    + ". Correct or remove them before publishing."));
        }
    }
}
