package org.sharewell.admin.licences;

import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.PermitAll;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.people.People;

import java.util.List;
import java.util.Optional;

/** Everyone's own licence to post: apply, follow the training checklist, and see the decision and expiry. */
@Route("my-licence")
@PageTitle("My licence | Sharewell")
@Menu(title = "My licence", order = 2)
@PermitAll
public class MyLicenceView extends Main {

    private final Licences licences;
    private final TrainingRequirements requirements;
    private final Div content = new Div();
    private final java.time.Clock clock;

    MyLicenceView(Licences licences, TrainingRequirements requirements, People people, java.time.Clock clock) {
        this.clock = clock;
        this.licences = licences;
        this.requirements = requirements;
        addClassName("page");
        add(new H1("My licence to post"), new Paragraph("A licence to post shows you have done the training your "
                + "organisation asks for. You need a valid one before you can post on its behalf."));
        if (people.me().isEmpty()) {
            add(new Paragraph("Your login is not linked to a person in your organisation, so you cannot apply. "
                    + "Ask your organisation's admin."));
            return;
        }
        add(content);
        show();
    }

    private void show() {
        content.removeAll();
        Optional<Licence> licence = licences.myLicence();
        Optional<Application> application = licences.myApplication();
        licence.ifPresent(held -> content.add(new H2("Your licence"), new Paragraph(licenceInWords(held))));
        application.ifPresent(this::showApplication);
        boolean pending = application.map(applied -> applied.status() == ApplicationStatus.PENDING).orElse(false);
        var valid = licence.filter(Licence::valid);
        if (!pending && valid.isPresent() && tooEarlyToRenew(valid.get())) {
            // Offered only when it can be done: the module refuses a renewal earlier than this.
            content.add(new Paragraph(valid.get().expiresOn() == null ? "Your licence does not expire, so there is "
                    + "nothing to renew." : "You can apply to renew it from " + UkTime.date(renewalOpens(valid.get()))
                    + ", " + Licences.RENEWAL_DAYS + " days before it ends; we email you a reminder nearer the time."));
        } else if (!pending) {
            showTrainingAndApply(valid.isPresent());
        }
    }

    private void showApplication(Application application) {
        content.add(new H2("Your application"), new Paragraph("You applied on " + UkTime.date(application.appliedAt())
                + ". " + switch (application.status()) {
                    case PENDING -> "A champion records each piece of training as you complete it; then the account "
                            + "coordinator decides.";
                    case GRANTED -> "It was granted by " + application.decidedBy() + " on " + UkTime.date(application.decidedAt()) + ".";
                    case DECLINED -> "It was declined by " + application.decidedBy() + " on " + UkTime.date(application.decidedAt())
                            + ". The reason given: " + application.declineReason();
                }));
        if (application.status() == ApplicationStatus.PENDING) {
            var checklist = new UnorderedList();
            checklist.setId("my-training");
            application.training().forEach(progress -> checklist.add(new ListItem(progress.item().title() + ": "
                    + (progress.done() ? "done (recorded by " + progress.recordedBy() + " on " + UkTime.date(progress.recordedAt()) + ")"
                    : "still to do"))));
            content.add(new Paragraph("Training recorded: " + application.trainingDone() + " of " + application.training().size() + "."),
                    checklist);
        }
    }

    private boolean tooEarlyToRenew(Licence valid) {
        return valid.expiresOn() == null || UkTime.today(clock).isBefore(renewalOpens(valid));
    }

    private static java.time.LocalDate renewalOpens(Licence valid) {
        return valid.expiresOn().minusDays(Licences.RENEWAL_DAYS);
    }

    private void showTrainingAndApply(boolean holdsValidLicence) {
        List<TrainingItem> training = requirements.list();
        var list = new UnorderedList();
        training.forEach(item -> list.add(new ListItem(item.description().isEmpty() ? item.title()
                : item.title() + " – " + item.description())));
        var apply = new Button(holdsValidLicence ? "Apply to renew my licence" : "Apply for a licence", click -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H2(holdsValidLicence ? "Renewing your licence" : "Applying"),
                new Paragraph("Before a licence is granted, a champion records that you have done this training:"), list, apply);
    }

    private void apply() {
        if (Refusals.attempt(licences::apply)) {
            Refusals.success("You have applied. A champion will record your training.");
            show();
        }
    }

    private static String licenceInWords(Licence licence) {
        String state = switch (licence.state()) {
            case VALID -> licence.expiresOn() == null ? "Your licence is valid and does not expire."
                    : "Your licence is valid until " + UkTime.date(licence.expiresOn()) + ".";
            case EXPIRED -> "Your licence expired: its last valid day was " + UkTime.date(licence.expiresOn()) + ".";
            case REVOKED -> "Your licence was revoked on " + UkTime.date(licence.revokedAt()) + ". The reason given: "
                    + licence.revocationReason();
        };
        return licence.state() == LicenceState.VALID ? state + " It was granted by " + licence.grantedBy() + "." : state;
    }
}
