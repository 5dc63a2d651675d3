package org.sharewell.membership.internal;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MemberInvitations;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/** Invitations answered from their email, by whoever holds the link; see {@link MemberInvitations}. */
@Service
class MemberInvitationService implements MemberInvitations {

    /** How the audit logs name someone who answered from the email without signing in. */
    static final Actor LINK_HOLDER = new Actor(null, "The group, from the invitation email");

    private final LinkStore links;
    private final SignUp signUp;
    private final InvitationAnswers answers;
    private final Tenants tenants;
    private final TransactionTemplate transaction;

    MemberInvitationService(LinkStore links, SignUp signUp, InvitationAnswers answers, Tenants tenants,
                            PlatformTransactionManager transactions) {
        this.links = links;
        this.signUp = signUp;
        this.answers = answers;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        // Each step in a transaction of its own, bound to the tenant that step is for.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Invitation> find(String token) {
        return transaction.execute(status -> links.findOpenInvitation(token));
    }

    @Override
    public Joined joinAsNewOrganisation(String token, SignUpForm form) {
        var invitation = find(token).orElseThrow(() -> InvalidInput.of("invitation", InvitationAnswers.NOT_OPEN));
        // Signing up commits on its own (it must: the organisation's first rows need it bound), so
        // the invitation is accepted next, in a transaction bound to the new organisation. Only an
        // answer given in between can make that fail; the new organisation then stays.
        // The link was emailed to the invited address, so following it proves that address, and only that one.
        var signedUp = form.email() != null && EmailAddresses.normalise(form.email()).equals(invitation.email())
                ? signUp.signUpWithProvedEmail(form) : signUp.signUp(form);
        var admin = signedUp.admin();
        var accepted = TenantScope.callAs(signedUp.tenant().id(), () -> transaction.execute(status -> {
            try {
                return Optional.of(answers.accept(invitation.id(), token, new Actor(admin.id().value(), admin.displayName())));
            } catch (InvalidInput | Conflict notOpen) {
                status.setRollbackOnly();
                return Optional.<LinkId>empty();
            }
        }));
        var umbrella = accepted.flatMap(link -> TenantScope.callAs(signedUp.tenant().id(),
                () -> transaction.execute(status -> UmbrellaService.umbrellasOf(links, tenants).stream()
                        .filter(found -> found.link().id().equals(link)).findFirst())));
        return new Joined(signedUp, umbrella);
    }

    @Override
    public void decline(String token) {
        transaction.executeWithoutResult(status -> answers.decline(null, token, LINK_HOLDER));
    }
}
