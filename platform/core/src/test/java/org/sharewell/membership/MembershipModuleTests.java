package org.sharewell.membership;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.Organisations;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.audit.Actor;
import org.sharewell.membership.MembershipEvent.InvitationAccepted;
import org.sharewell.membership.MembershipEvent.MemberGroupInvited;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership module with the modules it uses (people, accounts, mail, tenancy, audit) and the
 * database: an umbrella body's invitation is announced and emailed, and a group joining from the
 * emailed link as a new organisation is announced to both sides, each in its own organisation.
 *
 * <p>Audit is named: membership uses only its types ({@code Actor}, {@code Auditable}), so Spring
 * Modulith would leave it out, but people, which membership does use, needs its {@code AuditLog}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"database", "audit"})
@Import(Organisations.class)
class MembershipModuleTests {

    final MemberGroups memberGroups;
    final MemberInvitations invitations;
    final Organisations organisations;

    MembershipModuleTests(MemberGroups memberGroups, MemberInvitations invitations, Organisations organisations) {
        this.memberGroups = memberGroups;
        this.invitations = invitations;
        this.organisations = organisations;
    }

    @Test
    @WithMockUser(username = "jo@example.org", roles = "ADMIN")
    void anUmbrellaBodysInvitationIsAnnouncedAndEmailedToTheGroup(Scenario scenario) {
        TenantId umbrella = organisations.signUpDirectly("cvs", TenantKind.INFRASTRUCTURE_BODY).tenant().id();

        TenantScope.runAs(umbrella, () -> scenario.stimulate(() -> memberGroups.invite("Riverside Allotments", "Rita@Riverside.example"))
                .andWaitForEventOfType(MemberGroupInvited.class)
                .matching(invited -> invited.tenantId().equals(umbrella))
                .toArriveAndVerify((invited, group) -> {
                    assertThat(invited.link()).isEqualTo(group.link().id());
                    assertThat(invited.groupName()).isEqualTo("Riverside Allotments");
                    assertThat(invited.email()).isEqualTo("rita@riverside.example");
                    assertThat(invited.actor()).isEqualTo(new Actor(null, "jo@example.org"));
                    assertThat(organisations.tokenInLatestEmailTo(umbrella, "rita@riverside.example", "/join/")).isNotBlank();
                }));
    }

    @Test
    void aGroupJoiningFromTheEmailedLinkIsAcceptedOnBothSides(Scenario scenario, AssertablePublishedEvents events) {
        TenantId umbrella = organisations.signUpDirectly("cvs", TenantKind.INFRASTRUCTURE_BODY).tenant().id();
        var invited = Organisations.asAdmin(umbrella, () -> memberGroups.invite("Riverside Allotments", "rita@riverside.example"));
        String token = organisations.tokenInLatestEmailTo(umbrella, "rita@riverside.example", "/join/");
        var form = new SignUpForm("Riverside Allotment Society", "riverside-" + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.LOCAL_GROUP, "Rita River", "rita@riverside.example", ApiCalls.PASSWORD);

        // At the platform's own address, with nobody signed in; joining starts its own transactions.
        scenario.stimulate(_ -> invitations.joinAsNewOrganisation(token, form))
                .andWaitForEventOfType(InvitationAccepted.class)
                .matching(accepted -> accepted.side() == Side.UMBRELLA)
                .toArriveAndVerify((accepted, joined) -> {
                    TenantId group = joined.signedUp().tenant().id();
                    assertThat(accepted.tenantId()).isEqualTo(umbrella);
                    assertThat(accepted.link()).isEqualTo(invited.link().id());
                    assertThat(accepted.otherParty()).isEqualTo("Riverside Allotment Society");
                    assertThat(events.ofType(InvitationAccepted.class).matching(member -> member.side() == Side.MEMBER))
                            .singleElement().satisfies(member -> {
                                assertThat(member.tenantId()).isEqualTo(group);
                                assertThat(member.otherParty()).isEqualTo("cvs group");
                                assertThat(member.actor().name()).isEqualTo("Rita River");
                            });
                });
    }
}
