package org.sharewell.admin.membership;

import org.sharewell.kernel.Roles;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import org.sharewell.admin.shared.EmailAddressField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.membership.MemberGroups;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.admin.membership.MembershipAudiences.InfrastructureBodies;
import org.sharewell.admin.shared.OfferedTo;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** An umbrella body invites groups and follows its member groups: who they are, how they are getting on. */
@Route("member-groups")
@PageTitle("Member groups | Sharewell")
@Menu(title = "Member groups", order = 5)
@OfferedTo(InfrastructureBodies.class)
@RolesAllowed(Roles.ADMIN)
public class MemberGroupsView extends Main {

    private final MemberGroups memberGroups;
    private final TenantAddresses addresses;
    private final Clock clock;
    private final TextField groupName = new TextField("Group name");
    private final EmailAddressField email = new EmailAddressField("Email address to send the invitation to");
    private final Div groups = new Div();

    MemberGroupsView(MemberGroups memberGroups, TenantAddresses addresses, Clock clock) {
        this.memberGroups = memberGroups;
        this.addresses = addresses;
        this.clock = clock;
        addClassName("page");
        add(new H1("Member groups"), new Paragraph("Invite the groups you support. Once a group accepts, you see its name, its admins' contact "
                        + "details and how its getting started is going. You see more only where the group chooses to share it."),
                inviteForm(), new H2("Your groups"), groups);
        showGroups();
    }

    private Div inviteForm() {
        groupName.setRequired(true);
        email.setRequired(true);
        email.setHelperText("We email a link that works for " + MemberGroups.INVITATION_VALID_DAYS + " days.");
        var send = new Button("Send invitation", click -> invite());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(groupName, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var section = new Div(new H2("Invite a group"), form, send);
        section.addClassName("summary");
        return section;
    }

    private void invite() {
        if (Refusals.attempt(() -> {
            var invited = memberGroups.invite(groupName.getValue(), email.getValue());
            Refusals.success("Invitation emailed to " + invited.invitedEmail() + ".");
        }, Map.of("groupName", groupName, "email", email))) {
            groupName.clear();
            email.clear();
            showGroups();
        }
    }

    private void showGroups() {
        groups.removeAll();
        var all = memberGroups.list();
        if (all.isEmpty()) {
            groups.add(new Paragraph("You have not invited any groups yet."));
        }
        all.forEach(group -> groups.add(new MemberGroupCard(group, addresses, clock.instant(), () -> {
            // The group may have ended it meanwhile: then say so. Either way, show how things stand now.
            Refusals.attempt(() -> memberGroups.end(group.link().id()));
            showGroups();
        })));
    }
}
