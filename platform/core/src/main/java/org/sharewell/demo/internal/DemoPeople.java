package org.sharewell.demo.internal;

import org.sharewell.accounts.Accounts;

import org.sharewell.people.Invitations;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fills a demo organisation with people of every kind, some with logins (all with the demo
 * password), through the same people and invitation services an admin uses, as its admin.
 */
@Component
class DemoPeople {

    /** One demo person: who they are, their key roles, and whether they get a login. */
    record Someone(PersonDetails details, Set<KeyRole> roles, boolean login) {
    }

    private final People people;
    private final Invitations invitations;
    private final Accounts accounts;

    DemoPeople(People people, Invitations invitations, Accounts accounts) {
        this.people = people;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /** Adds everyone as the organisation's founding admin would, signed in as them. */
    void add(TenantId tenant, String adminEmail, Iterable<Someone> everyone) {
        TenantScope.runAs(tenant, () -> accounts.actAs(accounts.findByEmail(adminEmail).orElseThrow().id(), () -> {
            for (Someone someone : everyone) {
                var person = people.add(someone.details());
                someone.roles().forEach(role -> people.grant(person.id(), role));
                if (someone.login()) {
                    var link = invitations.invite(person.id()).link();
                    String token = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
                    invitations.accept(token, DemoWorld.DEMO_PASSWORD);
                }
            }
        }));
    }

    static Someone staff(String name, String email, Set<KeyRole> roles, boolean login) {
        return new Someone(new PersonDetails(name, email, PersonKind.STAFF, null, null), roles, login);
    }

    static Someone trustee(String name, String email) {
        return new Someone(new PersonDetails(name, email, PersonKind.TRUSTEE, null, null), Set.of(), false);
    }

    static Someone longServingVolunteer(String name, String email, Set<KeyRole> roles, boolean login) {
        return new Someone(new PersonDetails(name, email, PersonKind.VOLUNTEER, VolunteerTerm.LONG_SERVING, null), roles, login);
    }

    static Someone shortTermVolunteer(String name, String email, LocalDate until, Set<KeyRole> roles, boolean login) {
        return new Someone(new PersonDetails(name, email, PersonKind.VOLUNTEER, VolunteerTerm.SHORT_TERM, until), roles, login);
    }

    static Someone member(String name, String email) {
        return new Someone(new PersonDetails(name, email, PersonKind.MEMBER, null, null), Set.of(), false);
    }

}
