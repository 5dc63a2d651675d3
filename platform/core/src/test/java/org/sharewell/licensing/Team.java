package org.sharewell.licensing;

import org.sharewell.kernel.PageRequest;

import org.sharewell.ApiCalls;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.people.KeyRole;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * An organisation signed up through the REST API, and people in it with their own logins and key
 * roles, made the way an admin would: added, invited by email, and their invitation accepted.
 */
public final class Team {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    private final ApiCalls api;
    private final String adminToken;
    private final TenantId tenant;
    private final Outbox outbox;

    private Team(ApiCalls api, String adminToken, TenantId tenant, Outbox outbox) {
        this.api = api;
        this.adminToken = adminToken;
        this.tenant = tenant;
        this.outbox = outbox;
    }

    public static Team signUp(MockMvc mvc, Tenants tenants, Outbox outbox, String prefix) throws Exception {
        var api = ApiCalls.newOrganisation(mvc, prefix);
        var tenant = tenants.findBySlug(new Slug(api.slug())).orElseThrow().id();
        return new Team(api, api.adminToken(), tenant, outbox);
    }

    public ApiCalls api() {
        return api;
    }

    public TenantId tenant() {
        return tenant;
    }

    /** The founding admin, who also holds the given key roles. */
    public Member admin(KeyRole... roles) throws Exception {
        String id = json(api.call(GET, "/api/v1/me", adminToken, null)).get("id").asString();
        grant(id, roles);
        return new Member(id, "Ada Admin", api.adminEmail(), adminToken);
    }

    /** A volunteer with a login and the given key roles. */
    public Member join(String name, KeyRole... roles) throws Exception {
        String email = name.toLowerCase(Locale.UK).replace(' ', '.') + "@" + api.slug() + ".example";
        var added = api.call(POST, "/api/v1/people", adminToken, """
                {"fullName": "%s", "email": "%s", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(name, email));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        String id = json(added).get("id").asString();
        assertThat(api.call(POST, "/api/v1/people/" + id + "/invitation", adminToken, null).getStatus()).isEqualTo(201);
        var link = INVITATION_LINK.matcher(emailsTo(email).getFirst().email().text());
        assertThat(link.find()).isTrue();
        assertThat(api.call(POST, "/api/v1/public/invitations/" + link.group(1), null,
                "{\"password\": \"" + ApiCalls.PASSWORD + "\"}").getStatus()).isEqualTo(201);
        grant(id, roles);
        return new Member(id, name, email, api.token(email, ApiCalls.PASSWORD));
    }

    /** Changes a person's level as the admin, through the API. */
    public void changeLevel(Member member, String level) throws Exception {
        var changed = api.call(PUT, "/api/v1/people/" + member.id() + "/level", adminToken, "{\"level\": \"" + level + "\"}");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
    }

    /** The email queued for an address in this organisation, newest first. */
    public List<QueuedEmail> emailsTo(String address) {
        return asAdmin(() -> outbox.recent(PageRequest.of(0, 200)).items()).stream().filter(queued -> queued.email().to().equals(address)).toList();
    }

    /** Runs module calls in this organisation as a tenant admin would, without going through HTTP. */
    public <T> T asAdmin(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new TestingAuthenticationToken("test", null, "ROLE_ADMIN"));
        try {
            return TenantScope.callAs(tenant, work::get);
        } finally {
            context.setAuthentication(previous);
        }
    }

    private void grant(String id, KeyRole... roles) throws Exception {
        for (KeyRole role : roles) {
            assertThat(api.call(PUT, "/api/v1/people/" + id + "/key-roles/" + role.name(), adminToken, null).getStatus())
                    .isEqualTo(200);
        }
    }

    /** A person of the organisation with their own API token. */
    public record Member(String id, String name, String email, String token) {
    }
}
