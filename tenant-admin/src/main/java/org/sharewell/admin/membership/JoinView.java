package org.sharewell.admin.membership;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.admin.signup.SignUpFields;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.MemberInvitations;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.Tenants;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an invitation email leads, at the platform's own address: the group may not be on Sharewell
 * yet. It can bring its organisation here (the form is filled in from the invitation), go to its
 * own address to accept there, or decline.
 */
@Route(value = "join/:token", autoLayout = false)
@PageTitle("Join as a member group | Sharewell")
@AnonymousAllowed
public class JoinView extends MemberGroupInvitationPage {

    private final MemberInvitations invitations;
    private final Tenants tenants;
    private final TenantAddresses addresses;

    JoinView(MemberInvitations invitations, Tenants tenants, TenantAddresses addresses) {
        super(invitations::find);
        this.invitations = invitations;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    @Override
    protected void show(Invitation invitation, String token) {
        var fields = new SignUpFields();
        fields.prefill(invitation.groupName(), TenantKind.LOCAL_GROUP, invitation.email());
        var create = new Button("Create our organisation and accept", click -> join(token, fields));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(invitation.umbrellaName() + " invites " + invitation.groupName() + " to be a member group"),
                new Paragraph("As a member group, " + invitation.umbrellaName() + " will see your organisation's name, "
                        + "your admins' names and email addresses, and how your getting started is going. It sees more "
                        + "only if you choose to share it, and you can stop sharing, or end the membership, at any time."),
                new H2("We already use Sharewell"), alreadyOnSharewell(token),
                new H2("Create our organisation"),
                new Paragraph("Bring your group to Sharewell. You will be its first admin, and it joins as a member group straight away."),
                fields, create,
                new H2("No, thank you"), declineButton(invitation, token));
    }

    private Component alreadyOnSharewell(String token) {
        var slug = new TextField("Your organisation's web address name");
        slug.setHelperText("For example, riverside in riverside.sharewell.org.uk. You sign in there and accept.");
        var go = new Button("Continue to sign in", click -> {
            var problem = Slug.problemWith(slug.getValue().strip().toLowerCase(Locale.ROOT));
            var found = problem.isPresent() ? Optional.<Tenant>empty()
                    : tenants.findBySlug(Slug.parse(slug.getValue()));
            if (found.isEmpty()) {
                slug.setErrorMessage(problem.orElse("No organisation uses that address name. Check the spelling."));
                slug.setInvalid(true);
                slug.focus();
                return;
            }
            getUI().ifPresent(ui -> ui.getPage().setLocation(
                    addresses.homeOf(found.get().slug()).resolve("member-invitations/" + token)));
        });
        slug.setWidthFull();
        var container = new VerticalLayout(slug, go);
        container.setPadding(false);
        return container;
    }

    private Button declineButton(Invitation invitation, String token) {
        var confirm = new ConfirmDialog("Decline the invitation?", invitation.umbrellaName()
                + " will see that you declined. It can invite you again later.", "Decline", confirmed -> {
                    if (Refusals.attempt(() -> invitations.decline(token))) {
                        replaceWith("You declined the invitation", new Paragraph(invitation.umbrellaName() + " will see your answer."));
                    } else {
                        showAsItStands();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Go back");
        return new Button("Decline the invitation", click -> confirm.open());
    }

    private void join(String token, SignUpFields fields) {
        fields.submit(form -> {
            var joined = invitations.joinAsNewOrganisation(token, form);
            var tenant = joined.signedUp().tenant();
            var signIn = new Anchor(addresses.homeOf(tenant.slug()).resolve("login").toString(), "Sign in to " + tenant.name());
            signIn.addClassName("primary-link");
            replaceWith(tenant.name() + " is on Sharewell", new Paragraph(joined.umbrella()
                    .map(umbrella -> "It is now a member group of " + umbrella.umbrella().name() + ".")
                    .orElse("The invitation was answered or withdrawn meanwhile, so it is not a member group yet. "
                            + "Ask the umbrella body to invite you again.")),
                    new Paragraph("Sign in at your organisation's own address:"), new Paragraph(signIn));
        });
    }
}
