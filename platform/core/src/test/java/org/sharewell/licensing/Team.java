package org.sharewell.licensing;

import org.sharewell.ApiCalls;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.people.KeyRole;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.Tenants;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

/**
 * The old name of {@link Organisation}, kept only for {@code LicenceExpiryTests}, which
 * is being rewritten on another branch. New tests use the {@link Organisations} fixture; once that
 * test does too, this goes.
 */
@Deprecated(forRemoval = true)
public final class Team {

    private final Organisation organisation;

    private Team(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Signs up a local group through the shared fixture; the other arguments are the ones the fixture holds itself. */
    public static Team signUp(MockMvc mvc, Tenants tenants, Outbox outbox, String prefix) throws Exception {
        var organisations = mvc.getDispatcherServlet().getWebApplicationContext().getBean(Organisations.class);
        return new Team(organisations.signUp(prefix));
    }

    public ApiCalls api() {
        return organisation.api();
    }

    public TenantId tenant() {
        return organisation.id();
    }

    public Member admin(KeyRole... roles) throws Exception {
        return Member.of(organisation.admin(roles));
    }

    public Member join(String name, KeyRole... roles) throws Exception {
        return Member.of(organisation.join(name, roles));
    }

    public void changeLevel(Member member, String level) throws Exception {
        organisation.changeLevel(new Organisation.Member(member.id(), member.name(), member.email(), member.token()), level);
    }

    public List<QueuedEmail> emailsTo(String address) {
        return organisation.emailsTo(address);
    }

    /** A person of the organisation with their own API token. */
    public record Member(String id, String name, String email, String token) {

        static Member of(Organisation.Member member) {
            return new Member(member.id(), member.name(), member.email(), member.token());
        }
    }
}
