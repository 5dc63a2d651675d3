package org.sharewell;

import org.sharewell.accounts.Account;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.people.KeyRole;
import org.sharewell.tenancy.TenantId;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * An organisation signed up through the REST API by the {@link Organisations} fixture, with its
 * admin's API token: the people in it, the email it queued, and module calls in it without HTTP.
 */
public final class Organisation {

    private final Organisations organisations;
    private final ApiCalls api;
    private final TenantId id;
    private final String adminPassword;
    private String adminToken;

    Organisation(Organisations organisations, ApiCalls api, TenantId id) {
        this(organisations, api, id, ApiCalls.PASSWORD);
    }

    Organisation(Organisations organisations, ApiCalls api, TenantId id, String adminPassword) {
        this.organisations = organisations;
        this.api = api;
        this.id = id;
        this.adminPassword = adminPassword;
    }

    public ApiCalls api() {
        return api;
    }

    public TenantId id() {
        return id;
    }

    public String slug() {
        return api.slug();
    }

    public String adminEmail() {
        return api.adminEmail();
    }

    /** The admin's API token, had the first time it is asked for: hashing passwords is slow on purpose. */
    public String adminToken() throws Exception {
        if (adminToken == null) {
            adminToken = api.token(api.adminEmail(), adminPassword);
        }
        return adminToken;
    }

    /** Calls the API at this organisation's address as its founding admin. */
    public MockHttpServletResponse callAsAdmin(HttpMethod method, String path, String body) throws Exception {
        return api.call(method, path, adminToken(), body);
    }

    /** The founding admin, who also holds the given key roles. */
    public Member admin(KeyRole... roles) throws Exception {
        String person = json(api.call(GET, "/api/v1/me", adminToken(), null)).get("id").asString();
        grant(person, roles);
        return new Member(person, "Ada Admin", adminEmail(), adminToken());
    }

    /** A long-serving volunteer at {@code first.last@<slug>.example} with a login and the given key roles. */
    public Member join(String name, KeyRole... roles) throws Exception {
        return join(name, name.toLowerCase(Locale.UK).replace(' ', '.') + "@" + slug() + ".example", roles);
    }

    /** A long-serving volunteer with a login made from the invitation emailed to them, and the given key roles. */
    public Member join(String name, String email, KeyRole... roles) throws Exception {
        var invited = invited(name, email);
        var invitation = json(api.call(GET, "/api/v1/public/invitations/" + invited.token(), null, null));
        assertThat(invitation.get("email").asString()).isEqualTo(email);
        var accepted = api.call(POST, "/api/v1/public/invitations/" + invited.token(), null,
                "{\"password\": \"" + ApiCalls.PASSWORD + "\"}");
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        grant(invited.person(), roles);
        return new Member(invited.person(), name, email, api.token(email, ApiCalls.PASSWORD));
    }

    /** Adds a long-serving volunteer and invites them by email; returns the token of the link in that email. */
    public String invite(String name, String email) throws Exception {
        return invited(name, email).token();
    }

    /** Changes a person's level as the admin, through the API. */
    public void changeLevel(Member member, String level) throws Exception {
        var changed = api.call(PUT, "/api/v1/people/" + member.id() + "/level", adminToken(), "{\"level\": \"" + level + "\"}");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
    }

    /** Invites a group to be a member of this umbrella body, through the API; returns the invitation's id. */
    public String inviteGroup(String groupName, String email) throws Exception {
        var invited = api.call(POST, "/api/v1/member-groups", adminToken(),
                "{\"groupName\": \"%s\", \"email\": \"%s\"}".formatted(groupName, email));
        assertThat(invited.getStatus()).as(invited.getContentAsString()).isEqualTo(201);
        return json(invited).get("id").asString();
    }

    /** The email this organisation queued for the address, newest first. */
    public List<QueuedEmail> emailsTo(String address) {
        return organisations.emailsTo(id, address);
    }

    /** The token ending the first link to the path (such as "/join/") in the newest email queued for the address. */
    public String tokenInLatestEmailTo(String address, String path) {
        return organisations.tokenInLatestEmailTo(id, address, path);
    }

    /** The login of the address, as the accounts module holds it. */
    public Account login(String email) {
        return organisations.login(id, email);
    }

    /** Runs module calls in this organisation as a tenant admin would, without HTTP. */
    public <T> T asAdmin(Supplier<T> work) {
        return Organisations.asAdmin(id, work);
    }

    /** Runs SQL in a transaction of its own bound to this organisation, as the application role. */
    public <T> T inTransaction(Function<JdbcTemplate, T> work) {
        return organisations.inTransaction(id, work);
    }

    private Invited invited(String name, String email) throws Exception {
        var added = api.call(POST, "/api/v1/people", adminToken(), """
                {"fullName": "%s", "email": "%s", "kind": "VOLUNTEER", "volunteerTerm": "LONG_SERVING"}"""
                .formatted(name, email));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        String person = json(added).get("id").asString();
        assertThat(api.call(POST, "/api/v1/people/" + person + "/invitation", adminToken(), null).getStatus()).isEqualTo(201);
        assertThat(api.call(GET, "/api/v1/people/" + person, adminToken(), null).getStatus()).isEqualTo(200);
        return new Invited(person, tokenInLatestEmailTo(email, "/invitation/"));
    }

    private void grant(String person, KeyRole... roles) throws Exception {
        for (KeyRole role : roles) {
            var granted = api.call(PUT, "/api/v1/people/" + person + "/key-roles/" + role.name(), adminToken(), null);
            assertThat(granted.getStatus()).as(granted.getContentAsString()).isEqualTo(200);
        }
    }

    /** A person of the organisation with a login and their own API token. */
    public record Member(String id, String name, String email, String token) {
    }

    private record Invited(String person, String token) {
    }
}
