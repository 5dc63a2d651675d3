package org.sharewell.admin.audit;

import org.sharewell.kernel.PageRequest;

import org.sharewell.admin.shared.UkDatePicker;
import org.sharewell.admin.shared.ChoiceFilter;
import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Paging;
import org.sharewell.admin.shared.Refusals;

import org.sharewell.kernel.Roles;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditEntry;
import org.sharewell.audit.AuditFilter;
import org.sharewell.audit.AuditLog;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The organisation's audit log: who changed what and when, newest first, a page at a time from the
 * audit module, with filters and a CSV export of whatever the filters show.
 */
@Route("audit")
@PageTitle("Audit log | Sharewell")
@Menu(title = "Audit log", order = 8)
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main {


    private final AuditLog log;
    private final ChoiceFilter<AuditArea> area = new ChoiceFilter<>("Area", AuditArea.values(), AuditArea::description,
            "All areas");
    private final TextField who = new TextField("Who made the change");
    private final TextField text = new TextField("Containing the words");
    private final DatePicker from = new UkDatePicker("From");
    private final DatePicker to = new UkDatePicker("To");
    private final Paragraph summary = new Paragraph();
    private final Grid<AuditEntry> grid = new Grid<>();
    /** Read by the CSV download, which is served by a request of its own. */
    private volatile AuditFilter filter = AuditFilter.EVERYTHING;

    AuditLogView(AuditLog log, Clock clock) {
        this.log = log;
        addClassName("page");
        who.setHelperText("Part of their name is enough.");
        text.setHelperText("In what was changed, or its before or after.");
        for (var field : new TextField[]{who, text}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        for (HasValue<?, ?> field : new HasValue<?, ?>[]{area, who, text, from, to}) {
            field.addValueChangeListener(change -> applyFilter());
        }
        var filters = new FormLayout(area, who, text, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2),
                new FormLayout.ResponsiveStep("44em", 3));

        // Announced to screen readers whenever the filters change what is shown.
        summary.getElement().setAttribute("role", "status");
        var export = new Anchor(csvDownload(clock), "Export CSV");
        export.getElement().setAttribute("aria-label", "Export CSV of the changes shown");

        configureGrid();
        add(new H1("Audit log"),
                new Paragraph("Every change made to your organisation on Sharewell: who made it, when, and what it was "
                        + "before and after. Nobody can edit or delete these records. Times are UK time."),
                filters, summary, export, grid);
        applyFilter();
    }

    private void configureGrid() {
        grid.setAriaLabel("Changes, newest first");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        var columns = new Columns<>(grid);
        columns.add("When", entry -> UkTime.dateAndTime(entry.occurredAt())).setAutoWidth(true).setFlexGrow(0);
        columns.add("Who", entry -> entry.actor().name());
        columns.add("Area", entry -> entry.area().description()).setAutoWidth(true).setFlexGrow(0);
        columns.add("What", AuditEntry::action);
        columns.add("Subject", AuditEntry::subject);
        columns.add("Before", AuditEntry::before);
        columns.add("After", AuditEntry::after);
        grid.setEmptyStateText("No changes match these filters.");
        grid.setPageSize(50);
        // Lazy: only the rows on screen (and a page either side) are ever read.
        Paging.show(grid, page -> log.find(filter, page));
    }

    private void applyFilter() {
        // Dates the wrong way round are refused: keep showing the last good filter and say what is wrong.
        if (!Refusals.check(() -> filter = new AuditFilter(area.getValue(), who.getValue(), text.getValue(),
                from.getValue(), to.getValue()), Map.of("to", to))) {
            return;
        }
        int total = log.find(filter, PageRequest.of(0, 1)).total();
        summary.setText(switch (total) {
            case 0 -> "No changes match these filters.";
            case 1 -> "1 change.";
            default -> String.format(Locale.UK, "%,d changes, newest first.", total);
        });
        grid.getDataProvider().refreshAll();
    }

    private DownloadHandler csvDownload(Clock clock) {
        return event -> {
            AuditFilter shown = filter;
            event.setFileName("audit-log-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            log.exportCsv(shown, writer);
            writer.flush();
        };
    }
}
