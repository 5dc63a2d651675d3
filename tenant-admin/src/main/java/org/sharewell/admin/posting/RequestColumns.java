package org.sharewell.admin.posting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import org.sharewell.admin.shared.Columns;
import org.sharewell.kernel.UkTime;
import org.sharewell.posting.CheckRequest;

/** The columns both lists of questions about posts show, each row opening the question's own page. */
final class RequestColumns {

    private RequestColumns() {
    }

    static Grid<CheckRequest> grid(String label, boolean withRequester) {
        var grid = new Grid<CheckRequest>();
        grid.setAriaLabel(label);
        var columns = new Columns<>(grid);
        columns.add("Post", request -> request.draft().length() > 80 ? request.draft().substring(0, 80) + "…" : request.draft())
                .setFlexGrow(3);
        if (withRequester) {
            columns.add("Asked by", CheckRequest::requesterName);
        }
        columns.add("Where", CheckRequest::platform);
        columns.add("Asked", request -> UkTime.date(request.askedAt()));
        columns.add("Needed by", request -> UkTime.date(request.deadline()));
        columns.add("Answer", request -> request.status().description());
        grid.addItemClickListener(click -> open(grid, click.getItem()));
        // A visible way to open each row, for the keyboard (Enter on a row does nothing in Vaadin's grid).
        grid.addComponentColumn(request -> {
            var open = new Button("Open", click -> open(grid, request));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open the question about the post for " + request.platform() + " asked on "
                    + UkTime.date(request.askedAt()));
            return open;
        }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private static void open(Grid<CheckRequest> grid, CheckRequest request) {
        grid.getUI().ifPresent(ui -> ui.navigate(CheckRequestView.class,
                new com.vaadin.flow.router.RouteParameters("id", request.id().value().toString())));
    }
}
