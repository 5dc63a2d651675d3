package org.sharewell.demo.internal;

import org.sharewell.accounts.Accounts;
import org.sharewell.licensing.Licences;
import org.sharewell.membership.MemberGroups;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Umbrellas;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What happens between the demo organisations and their people, done the way the people themselves
 * would do it, each acting as their own login: the CVS invites both local groups (one joins and
 * shares its policy status, the other has not answered yet), and a volunteer becomes a licensed poster.
 */
@Component
class DemoRelationships {

    private final Accounts accounts;
    private final MemberGroups memberGroups;
    private final Umbrellas umbrellas;
    private final Licences licences;
    private final People people;
    private final Clock clock;

    DemoRelationships(Accounts accounts, MemberGroups memberGroups, Umbrellas umbrellas, Licences licences, People people,
                      Clock clock) {
        this.accounts = accounts;
        this.memberGroups = memberGroups;
        this.umbrellas = umbrellas;
        this.licences = licences;
        this.people = people;
        this.clock = clock;
    }

    void linkMemberGroups(TenantId cvs, TenantId joining, TenantId invitedOnly) {
        as(cvs, "admin@brookfield-cvs.example", () -> {
            memberGroups.invite("Riverside Allotment Society", "admin@riverside-allotments.example");
            memberGroups.invite("Elm Street Youth Club", "admin@elm-street-youth.example");
        });
        as(joining, "admin@riverside-allotments.example", () -> {
            var invitation = umbrellas.invitations().getFirst();
            var umbrella = umbrellas.accept(invitation.id(), null);
            umbrellas.share(umbrella.link().id(), SharingKind.POLICY, true);
        });
    }

    void licensePoster(TenantId cvs) {
        var application = new Object() {
            org.sharewell.licensing.Application value;
        };
        as(cvs, "volunteer@brookfield-cvs.example", () -> application.value = licences.apply());
        as(cvs, "champion@brookfield-cvs.example", () -> application.value.training()
                .forEach(item -> licences.recordTraining(application.value.id(), item.item().id())));
        as(cvs, "coordinator@brookfield-cvs.example",
                () -> licences.grant(application.value.id(), LocalDate.now(clock).plusMonths(12)));
        as(cvs, "admin@brookfield-cvs.example", () -> people.changeLevel(application.value.personId(), Level.LICENSED_POSTER));
    }

    private void as(TenantId tenant, String email, Runnable work) {
        TenantScope.runAs(tenant, () -> accounts.actAs(accounts.findByEmail(email).orElseThrow().id(), work));
    }
}
