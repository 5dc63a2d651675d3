package org.sharewell.admin.people;

import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Paging;

import org.sharewell.kernel.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.people.Invitations;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonalData;

import java.util.stream.Collectors;

/** The organisation's people, found by name; admins add people and open anyone to change them. */
@Route("people")
@PageTitle("People | Sharewell")
@Menu(title = "People", order = 3)
@RolesAllowed({Roles.ADMIN, Roles.CHAMPION, Roles.COORDINATOR})
public class PeopleView extends Main {

    private final Grid<Person> grid = new Grid<>(Person.class, false);
    private final TextField search = new TextField("Find by name");

    PeopleView(People people, Invitations invitations, PersonalData personalData) {
        addClassName("page");
        boolean admin = people.me().map(person -> person.holds(KeyRole.TENANT_ADMIN)).orElse(false);

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var add = new Button("Add a person", click -> new PersonDialog(people, invitations, personalData, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        var tools = new HorizontalLayout(search, add);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        var columns = new Columns<>(grid);
        columns.add("Name", Person::fullName).setFlexGrow(2);
        columns.add("Kind", person -> person.kind().description()
                + (person.volunteerTerm() == null ? "" : " (" + person.volunteerTerm().description().toLowerCase() + ")"));
        columns.add("Level", person -> person.effectiveLevel().description());
        columns.add("Key roles", person -> person.keyRoles().stream().sorted().map(KeyRole::description).collect(Collectors.joining(", ")))
                .setFlexGrow(2);
        columns.add("Login", person -> !person.active() ? "Deactivated" : person.hasLogin() ? "Can sign in" : "No login");
        Paging.show(grid, page -> people.list(search.getValue(), page));
        grid.setAriaLabel("People");
        if (admin) {
            grid.addItemClickListener(click -> new PersonDialog(people, invitations, personalData, click.getItem(), this::refresh).open());
            // A visible way to open each row, for the keyboard (Enter on a row does nothing in Vaadin's grid).
            grid.addComponentColumn(person -> {
                var open = new Button("Open", click -> new PersonDialog(people, invitations, personalData, person, this::refresh).open());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.setAriaLabel("Open " + person.fullName());
                return open;
            }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
        }

        add(new H1("People"),
                new Paragraph(admin ? "Select someone to change their details, key roles or level." : "Everyone in your organisation."),
                tools, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
