package org.sharewell.admin.licences;

import org.sharewell.admin.shared.ChoiceFilter;
import org.sharewell.admin.shared.Columns;
import org.sharewell.admin.shared.Paging;

import org.sharewell.kernel.Roles;

import java.time.Clock;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;

import java.util.stream.Collectors;

/**
 * Applications and licences for champions, coordinators and tenant admins. Champions tick off
 * training, the account coordinator grants, declines and revokes, and admins set the required
 * training. Account managers left without a valid licence are flagged at the top.
 */
@Route("licences")
@PageTitle("Licences | Sharewell")
@Menu(title = "Licences", order = 4)
@RolesAllowed({Roles.ADMIN, Roles.CHAMPION, Roles.COORDINATOR})
public class LicencesView extends Main {

    private final Licences licences;
    private final People people;
    private final Grid<Application> applications = new Grid<>(Application.class, false);
    private final Grid<Licence> held = new Grid<>(Licence.class, false);
    private final ChoiceFilter<ApplicationStatus> applicationStatus = new ChoiceFilter<>("Show applications",
            ApplicationStatus.values(), ApplicationStatus::description, "All");
    private final ChoiceFilter<LicenceState> licenceState = new ChoiceFilter<>("Show licences", LicenceState.values(),
            LicenceState::description, "All");
    private final Div flag = new Div();
    private final UnorderedList training = new UnorderedList();
    private final PersonId me;
    private final boolean recordsTraining;
    private final boolean decides;
    private final Clock clock;

    LicencesView(Licences licences, TrainingRequirements requirements, People people, Clock clock) {
        this.licences = licences;
        this.people = people;
        this.clock = clock;
        addClassName("page");
        var person = people.me();
        me = person.map(Person::id).orElse(null);
        recordsTraining = person.map(p -> p.holds(KeyRole.CHAMPION) || p.holds(KeyRole.TENANT_ADMIN)).orElse(false);
        decides = person.map(p -> p.holds(KeyRole.ACCOUNT_COORDINATOR)).orElse(false);
        boolean admin = person.map(p -> p.holds(KeyRole.TENANT_ADMIN)).orElse(false);

        add(new H1("Licences to post"));
        if (decides || admin) {
            add(flag);
            showFlag();
        }
        add(new H2("Applications"), new Paragraph(recordsTraining && decides ? "Select an application to record training, or to grant or decline it."
                : recordsTraining ? "Select an application to record training."
                : decides ? "Select an application to grant or decline it." : "Applications and how far their training has got."),
                applicationStatus, applications, new H2("Licences"),
                new Paragraph(decides ? "Select a valid licence to revoke it." : "Who may post for the organisation."),
                licenceState, held);
        setUpApplications();
        setUpLicences();
        if (admin) {
            showTraining(requirements);
            add(new H2("Required training"), new Paragraph("What a champion must record before a licence can be granted."),
                    training, new Button("Change the required training", click -> new TrainingRequirementsDialog(requirements,
                            () -> showTraining(requirements)).open()));
        }
    }

    private void setUpApplications() {
        applicationStatus.setValue(ApplicationStatus.PENDING);
        applicationStatus.addValueChangeListener(change -> applications.getDataProvider().refreshAll());
        var columns = new Columns<>(applications);
        columns.add("Name", Application::personName).setFlexGrow(2);
        columns.add("Applied", application -> UkTime.date(application.appliedAt()));
        columns.add("Training recorded", application -> application.trainingDone() + " of " + application.training().size());
        columns.add("Status", application -> application.status().description());
        Paging.show(applications, page -> licences.applications(applicationStatus.getValue(), page));
        applications.setAriaLabel("Applications for a licence to post");
        applications.setEmptyStateText("No applications to show. People apply from \"My licence\"; "
                + "their applications appear here.");
        applications.setHeight("20rem");
        applicationStatus.setWidth("18rem");
        applications.addItemClickListener(click -> new ApplicationDialog(licences, click.getItem(), me, recordsTraining, decides,
                clock, this::refresh).open());
        // A visible way to open each row, for the keyboard (Enter on a row does nothing in Vaadin's grid).
        applications.addComponentColumn(application -> {
            var open = new Button("Open", click -> new ApplicationDialog(licences, application, me, recordsTraining, decides,
                    clock, this::refresh).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel("Open the application of " + application.personName());
            return open;
        }).setHeader("Details").setAutoWidth(true).setFlexGrow(0);
    }

    private void setUpLicences() {
        licenceState.setValue(LicenceState.VALID);
        licenceState.addValueChangeListener(change -> held.getDataProvider().refreshAll());
        var columns = new Columns<>(held);
        columns.add("Holder", Licence::personName).setFlexGrow(2);
        columns.add("State", licence -> licence.state().description());
        columns.add("Last valid day", licence -> licence.expiresOn() == null ? "No expiry date" : UkTime.date(licence.expiresOn()));
        columns.add("Granted", licence -> UkTime.date(licence.grantedAt()) + " by " + licence.grantedBy()).setFlexGrow(2);
        Paging.show(held, page -> licences.licences(licenceState.getValue(), page));
        held.setAriaLabel("Licences to post");
        held.setEmptyStateText("No licences to show. A licence is granted by deciding on an application above.");
        held.setHeight("20rem");
        licenceState.setWidth("18rem");
        if (decides) {
            held.addItemClickListener(click -> {
                if (click.getItem().valid()) {
                    new RevokeDialog(licences, click.getItem(), this::refresh).open();
                }
            });
        }
    }

    private void showFlag() {
        flag.removeAll();
        var lapsed = people.accountManagersWithoutLicence();
        flag.setVisible(!lapsed.isEmpty());
        if (!lapsed.isEmpty()) {
            flag.addClassName("error-summary");
            flag.getElement().setAttribute("role", "alert");
            flag.add(new H2("Account managers without a valid licence"),
                    new Paragraph(lapsed.stream().map(Person::fullName).collect(Collectors.joining(", ")) + (lapsed.size() == 1
                            ? " looks after official accounts but has" : " look after official accounts but have")
                            + " no valid licence, so for now they have the rights of everyone. Help them renew, "
                            + "or give their accounts to someone else and change their level on the People page."));
        }
    }

    private void showTraining(TrainingRequirements requirements) {
        training.removeAll();
        requirements.list().forEach(item -> training.add(new ListItem(item.title())));
        applications.getDataProvider().refreshAll();
    }

    private void refresh() {
        applications.getDataProvider().refreshAll();
        held.getDataProvider().refreshAll();
        if (flag.getParent().isPresent()) {
            showFlag();
        }
    }
}
