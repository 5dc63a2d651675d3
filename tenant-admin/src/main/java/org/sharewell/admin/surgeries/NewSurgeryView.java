package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.admin.shared.ProblemSummary;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Clash;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.Surgery;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A host sets up a new surgery. Before it is saved, other public surgeries at the same time nearby (the
 * same postcode area) or of the same umbrella body are named, and the host chooses another time or goes
 * ahead knowingly.
 */
@Route("our-surgeries/new")
@PageTitle("New surgery | Sharewell")
@RolesAllowed({Roles.ADMIN, Roles.CHAMPION})
public class NewSurgeryView extends Main {

    private final Surgeries surgeries;
    private final SurgeryForm form = new SurgeryForm();
    private final ProblemSummary summary = new ProblemSummary();
    private final Div warning = new Div();

    NewSurgeryView(Surgeries surgeries) {
        this.surgeries = surgeries;
        addClassName("page");
        warning.addClassName("error-summary");
        warning.getElement().setAttribute("role", "alert");
        warning.setVisible(false);
        var create = new Button("Create surgery", click -> check());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("New surgery"), summary, form, warning, create);
    }

    /** Names the clashes, if any, before anything is saved; with none, creates it. */
    private void check() {
        warning.setVisible(false);
        var clashes = new AtomicReference<List<Clash>>();
        if (!Refusals.attempt(() -> clashes.set(surgeries.clashes(form.surgery(false))), form.byName(), summary)) {
            return;
        }
        if (clashes.get().isEmpty()) {
            create();
            return;
        }
        warning.removeAll();
        var named = new UnorderedList();
        clashes.get().forEach(clash -> named.add(new ListItem("\"" + clash.title() + "\" by " + clash.host() + " on "
                + UkTime.dateAndTime(clash.startsAt()) + ", " + clash.why())));
        var anyway = new Button("Create it anyway", click -> create());
        warning.add(new H2("Another surgery is at the same time"), named, new Paragraph("Groups near you may have to choose "
                + "between them. Change the day or time above and create it again, or create it anyway."), anyway);
        warning.setVisible(true);
        anyway.focus();
    }

    private void create() {
        var made = new AtomicReference<Surgery>();
        if (Refusals.attempt(() -> made.set(surgeries.create(form.surgery(true))), form.byName(), summary)) {
            Refusals.success("Created \"" + made.get().title() + "\". Groups can book it now.");
            getUI().ifPresent(ui -> ui.navigate(SurgeryDatesView.class, new RouteParameters("id", made.get().id().value().toString())));
        }
    }
}
