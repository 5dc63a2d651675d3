package org.sharewell.admin.membership;

import org.sharewell.kernel.Roles;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.Umbrellas;
import org.sharewell.admin.membership.MembershipAudiences.GroupsWithUmbrellas;
import org.sharewell.admin.shared.OfferedTo;
import org.sharewell.admin.shared.Refusals;

/** A group's umbrella bodies: invitations waiting for an answer, memberships with what is shared, and history. */
@Route("umbrellas")
@PageTitle("Umbrella bodies | Sharewell")
@Menu(title = "Umbrella bodies", order = 6)
@OfferedTo(GroupsWithUmbrellas.class)
@RolesAllowed(Roles.ADMIN)
public class UmbrellasView extends Main {

    private final Umbrellas umbrellas;
    private final Div content = new Div();

    UmbrellasView(Umbrellas umbrellas) {
        this.umbrellas = umbrellas;
        addClassName("page");
        add(new H1("Umbrella bodies"), new Paragraph("Infrastructure bodies, such as your local Council for Voluntary "
                + "Service, can invite your organisation to be one of their member groups. You decide what they see."), content);
        show();
    }

    private void show() {
        content.removeAll();
        var invitations = umbrellas.invitations();
        if (!invitations.isEmpty()) {
            content.add(new H2("Invitations waiting for your answer"));
            invitations.forEach(invitation -> content.add(invitationCard(invitation)));
        }
        var links = umbrellas.list();
        content.add(new H2("Your umbrella bodies"));
        if (links.isEmpty()) {
            content.add(new Paragraph("Your organisation is not a member group of any umbrella body."));
        }
        links.forEach(umbrella -> content.add(new UmbrellaCard(umbrella, umbrellas, this::show)));
        // Kept, and shown, only while the organisation has an umbrella body to show it to.
        if (links.stream().anyMatch(umbrella -> umbrella.link().isActive())) {
            content.add(new H2("Your getting-started checklist"),
                    new Paragraph("Your umbrella bodies see this too. It ticks itself as things happen in Sharewell."),
                    new OnboardingChecklist(umbrellas.onboarding()));
        }
    }

    private Section invitationCard(Invitation invitation) {
        var accept = new Button("Accept", click -> answer(() -> umbrellas.accept(invitation.id(), null),
                "Your organisation is now a member group of " + invitation.umbrellaName() + "."));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel("Accept the invitation from " + invitation.umbrellaName());
        var confirmDecline = new ConfirmDialog("Decline the invitation?", invitation.umbrellaName()
                + " will see that you declined. It can invite you again later.", "Decline",
                confirmed -> answer(() -> umbrellas.decline(invitation.id(), null),
                        "You declined the invitation from " + invitation.umbrellaName() + "."));
        confirmDecline.setCancelable(true);
        confirmDecline.setCancelText("Keep the invitation");
        var decline = new Button("Decline", click -> confirmDecline.open());
        decline.setAriaLabel("Decline the invitation from " + invitation.umbrellaName());
        var card = new Section(new H3(invitation.umbrellaName()), new Paragraph(invitation.umbrellaName()
                + " invites your organisation, as " + invitation.groupName() + ", to be one of its member groups. "
                + "It was sent to " + invitation.email() + " and can be answered until "
                + UkTime.date(invitation.expiresAt()) + "."), accept, decline);
        card.addClassName("summary");
        return card;
    }

    private void answer(Runnable answer, String done) {
        if (Refusals.attempt(answer)) {
            Refusals.success(done);
        }
        show();
    }
}
