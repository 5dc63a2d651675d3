package org.sharewell.admin.membership;

import org.sharewell.kernel.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.Umbrellas;
import org.sharewell.admin.shared.Refusals;

/**
 * Where the join page sends a group that already uses Sharewell: at its own address, signed in as
 * one of its tenant admins, it accepts or declines the invitation from the email's link.
 */
@Route("member-invitations/:token")
@PageTitle("Invitation to be a member group | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class MemberInvitationView extends MemberGroupInvitationPage {

    private final Umbrellas umbrellas;

    MemberInvitationView(Umbrellas umbrellas) {
        super(umbrellas::findInvitation, new Paragraph(new RouterLink("Your umbrella bodies", UmbrellasView.class)));
        this.umbrellas = umbrellas;
    }

    @Override
    protected void show(Invitation invitation, String token) {
        var accept = new Button("Accept", click -> answer(() -> umbrellas.accept(invitation.id(), token),
                "Your organisation is now a member group of " + invitation.umbrellaName() + "."));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button("Decline", click -> answer(() -> umbrellas.decline(invitation.id(), token),
                "You declined the invitation from " + invitation.umbrellaName() + "."));
        add(new H1(invitation.umbrellaName() + " invites you to be a member group"),
                new Paragraph(invitation.umbrellaName() + " invited " + invitation.groupName() + " (at " + invitation.email()
                        + ") to be one of its member groups. If you accept, it sees your organisation's name, your "
                        + "admins' names and email addresses, and your getting-started checklist. It sees more only if "
                        + "you choose to share it, and you can stop sharing, or end the membership, at any time."),
                accept, decline);
    }

    private void answer(Runnable answer, String done) {
        if (Refusals.attempt(answer)) {
            Refusals.success(done);
            getUI().ifPresent(ui -> ui.navigate(UmbrellasView.class));
        }
    }
}
