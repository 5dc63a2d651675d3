package org.sharewell.admin.policies;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.CsvFile;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.AcknowledgementStatus;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.publishing.DocumentId;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Who the policy applies to, and who has and has not read the version they are asked to read, with a CSV of it. */
@Route("policies/readers/:id")
@PageTitle("Who has read it | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class ReadersView extends Main implements BeforeEnterObserver {

    private final Acknowledgements acknowledgements;

    ReadersView(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DocumentId id = DocumentLinks.idIn(event);
        removeAll();
        var kinds = new CheckboxGroup<PersonKind>("Who it applies to, and is asked to read each substantive version");
        kinds.setItems(PersonKind.values());
        kinds.setItemLabelGenerator(PersonKind::description);
        kinds.setValue(acknowledgements.readersOf(id));
        kinds.addValueChangeListener(change -> {
            if (change.isFromClient() && Refusals.attempt(() -> acknowledgements.changeReaders(id, change.getValue()),
                    Map.of("kinds", kinds))) {
                Refusals.success("Saved. The next substantive version asks these people to read it.");
            }
        });
        add(new H1("Who has read it"), kinds);
        var status = acknowledgements.status(id);
        if (status.isEmpty()) {
            add(new Paragraph("Nobody has been asked yet: publishing a version asks them."));
            return;
        }
        var shown = status.get();
        add(new Paragraph("Version " + shown.version() + " of \"" + shown.title() + "\", to be read by " + UkTime.date(shown.dueOn())
                + ": read by " + shown.acknowledged() + " of " + shown.readers().size() + " (" + shown.percentage() + "%)."));
        var grid = new Grid<AcknowledgementStatus.Reader>();
        grid.setAriaLabel("People asked to read version " + shown.version());
        var columns = new Columns<>(grid);
        columns.add("Name", AcknowledgementStatus.Reader::name).setFlexGrow(2);
        columns.add("Kind", reader -> reader.kind().description());
        columns.add("Read", reader -> reader.acknowledgedAt() == null
                ? (reader.email() == null ? "Not yet (no email address: only signed in)" : "Not yet")
                : UkTime.date(reader.acknowledgedAt()));
        columns.add("Reminders", reader -> Integer.toString(reader.reminders()));
        grid.setItems(shown.readers());
        grid.setAllRowsVisible(true);
        add(grid, new Paragraph(new Anchor(csv(shown), "Download as a CSV file")),
                new Paragraph(new RouterLink("Back to your policies", PoliciesView.class)));
    }

    private static DownloadHandler csv(AcknowledgementStatus status) {
        return event -> {
            event.setFileName("who-has-read-version-" + status.version() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            var csv = CsvFile.start(writer, "Name", "Kind", "Email", "Asked", "Due", "Read", "Reminders");
            status.readers().forEach(reader -> csv.row(reader.name(), reader.kind().description(), reader.email(),
                    UkTime.date(reader.askedAt()), UkTime.date(reader.dueOn()),
                    reader.acknowledgedAt() == null ? "" : UkTime.date(reader.acknowledgedAt()), reader.reminders()));
            csv.finish();
            writer.flush();
        };
    }
}
