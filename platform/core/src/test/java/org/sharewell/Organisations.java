package org.sharewell;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Registered organisations with the people a test needs, made as their people would make them:
 * signed up through the REST API, people added, invited by email and their invitation accepted,
 * key roles granted, umbrella bodies linked to member groups; and the email each organisation
 * queued. Also runs module calls in an organisation as its admin or as Sharewell itself, without
 * HTTP.
 *
 * <p>A bean of every {@link IntegrationTest} context. A module test may {@code @Import} it for what
 * needs no HTTP (each such method needs only the modules it names); {@link #asAdmin} and
 * {@link #asSharewell} need no bean at all.
 */
@TestComponent
public class Organisations {

    private final ObjectProvider<MockMvc> mvc;
    private final Tenants tenants;
    private final ObjectProvider<Outbox> outbox;
    private final ObjectProvider<Accounts> accounts;
    private final ObjectProvider<SignUp> signUp;
    private final TransactionTemplate transaction;
    private final JdbcTemplate sql;

    Organisations(ObjectProvider<MockMvc> mvc, Tenants tenants, ObjectProvider<Outbox> outbox,
                  ObjectProvider<Accounts> accounts, ObjectProvider<SignUp> signUp, TransactionTemplate transaction,
                  DataSource dataSource) {
        this.mvc = mvc;
        this.tenants = tenants;
        this.outbox = outbox;
        this.accounts = accounts;
        this.signUp = signUp;
        this.transaction = transaction;
        this.sql = new JdbcTemplate(dataSource);
    }

    /** A local group "{prefix} group" signed up through the API; its admin is Ada Admin, password {@link ApiCalls#PASSWORD}. */
    public Organisation signUp(String prefix) throws Exception {
        return signUp(prefix, TenantKind.LOCAL_GROUP);
    }

    /**
     * An organisation of the kind, "{prefix} group", signed up through the API at the bare platform
     * address; its admin has confirmed their email address from the link emailed to it.
     */
    public Organisation signUp(String prefix, TenantKind kind) throws Exception {
        var organisation = signUpWithoutConfirming(prefix, kind);
        String token = tokenInLatestEmailTo(organisation.id(), organisation.adminEmail(), "/confirm-email/");
        var confirmed = organisation.api().call(POST, "/api/v1/public/email-confirmations/" + token, null, null);
        assertThat(confirmed.getStatus()).as("confirming: %s", confirmed.getContentAsString()).isEqualTo(204);
        return organisation;
    }

    /** As {@link #signUp(String, TenantKind)}, but the admin has not followed the link to confirm their address. */
    public Organisation signUpWithoutConfirming(String prefix, TenantKind kind) throws Exception {
        String slug = slugFor(prefix);
        var api = at(slug);
        var response = platform().call(POST, "/api/v1/signup", null, """
                {"organisationName": "%s group", "slug": "%s", "kind": "%s", "adminName": "Ada Admin",
                 "email": "%s", "password": "%s"}""".formatted(prefix, slug, kind, api.adminEmail(), ApiCalls.PASSWORD));
        assertThat(response.getStatus()).as("sign-up: %s", response.getContentAsString()).isEqualTo(201);
        return new Organisation(this, api, tenants.findBySlug(new Slug(slug)).orElseThrow().id());
    }

    /**
     * The Sharewell operator, made at start-up, with its first admin given by whichever test asks first
     * (this, or the demo world's test): the same login either way, the demo world's
     * ({@code admin@sharewell.example}, Alex Morgan, the demo password).
     */
    public Organisation operator() {
        var operator = signUp.getObject().operator();
        var api = at(operator.slug().value());
        signUp.getObject().firstOperatorAdmin("Alex Morgan", api.adminEmail(), OPERATOR_PASSWORD);
        return new Organisation(this, api, operator.id(), OPERATOR_PASSWORD);
    }

    /** The demo world's password, which its operator admin has (see {@link #operator()}). */
    static final String OPERATOR_PASSWORD = "demo-garden-kettle-42";

    /** An infrastructure body, such as a Council for Voluntary Service, that may invite member groups. */
    public Organisation umbrella(String prefix) throws Exception {
        return signUp(prefix, TenantKind.INFRASTRUCTURE_BODY);
    }

    /** Links the two through the API: the umbrella invites "The Group" at its admin's address, who accepts. */
    public Linked link(Organisation umbrella, Organisation group) throws Exception {
        umbrella.inviteGroup("The Group", group.api().adminEmail());
        // Sent to the group admin's own address, so the group finds it without the email's link.
        var invitations = json(group.api().call(GET, "/api/v1/umbrellas/invitations", group.adminToken(), null));
        assertThat(invitations).hasSize(1);
        String link = invitations.get(0).get("id").asString();
        var accepted = group.api().call(POST, "/api/v1/umbrellas/invitations/" + link + "/acceptance", group.adminToken(), null);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        return new Linked(umbrella, group, UUID.fromString(link));
    }

    /**
     * As {@link #signUp(String, TenantKind)}, through the accounts module's {@code SignUp} instead of
     * HTTP: for module tests. Its admin, Ada Admin, is {@code SignedUp.admin()}.
     */
    public SignUp.SignedUp signUpDirectly(String prefix, TenantKind kind) {
        String slug = slugFor(prefix);
        return signUp.getObject().signUp(new SignUpForm(prefix + " group", slug, kind, "Ada Admin",
                "admin@" + slug + ".example", ApiCalls.PASSWORD));
    }

    /**
     * An organisation "The {name} group" in the tenant registry only, with nobody in it: for the
     * modules below accounts, which know nothing of logins.
     */
    public TenantId register(String name) {
        TenantId id = TenantId.random();
        Slug slug = new Slug(name + "-" + id.toString().substring(0, 8));
        TenantScope.runAs(id, () -> transaction.executeWithoutResult(
                status -> tenants.register(id, slug, "The " + name + " group", TenantKind.LOCAL_GROUP)));
        return id;
    }

    /**
     * Runs SQL in a transaction of its own bound to the tenant, as the platform's own transactions are
     * and as the application role: what row-level security lets the organisation see and do,
     * whatever the Java code above it might do.
     */
    public <T> T inTransaction(TenantId tenant, Function<JdbcTemplate, T> work) {
        return TenantScope.callAs(tenant, () -> transaction.execute(status -> work.apply(sql)));
    }

    /** Runs module calls in a transaction of its own bound to the tenant, as whoever the test is signed in as. */
    public <T> T within(TenantId tenant, Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }

    /** Calls to the API at the bare platform address, where no organisation is bound. */
    public ApiCalls platform() {
        return at(null);
    }

    /** Calls to the API at an organisation's address. */
    public ApiCalls at(String slug) {
        return new ApiCalls(mvc.getObject(), slug);
    }

    /** Runs module calls in the organisation as a tenant admin would, without HTTP. */
    public static <T> T asAdmin(TenantId tenant, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new TestingAuthenticationToken("Test admin", null, Roles.authority(Roles.ADMIN))));
        try {
            return TenantScope.callAs(tenant, work::get);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs module calls in the organisation as the login, with the authorities it has now, as if it
     * were signed in ({@code Accounts.actAs}): for calls that need the signed-in person.
     */
    public <T> T as(TenantId tenant, AccountId login, Supplier<T> work) {
        var result = new AtomicReference<T>();
        TenantScope.runAs(tenant, () -> accounts.getObject().actAs(login, () -> result.set(work.get())));
        return result.get();
    }

    /** The login of the address in the organisation, as the accounts module holds it. */
    public Account login(TenantId tenant, String email) {
        return asAdmin(tenant, () -> accounts.getObject().findByEmail(email)).orElseThrow();
    }

    /** The email the organisation queued for the address, newest first. */
    public List<QueuedEmail> emailsTo(TenantId tenant, String address) {
        return asAdmin(tenant, () -> outbox.getObject().recent(PageRequest.of(0, 200)).items()).stream()
                .filter(queued -> queued.email().to().equals(address)).toList();
    }

    /** The token ending the first link to the path (such as "/join/") in the newest email the organisation queued for the address. */
    public String tokenInLatestEmailTo(TenantId tenant, String address, String path) {
        var emails = emailsTo(tenant, address);
        assertThat(emails).as("email queued for %s", address).isNotEmpty();
        String text = emails.getFirst().email().text();
        var link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("a link to %s in: %s", path, text).isTrue();
        return link.group(1);
    }

    /** Runs module calls in the organisation as Sharewell's own automatic work does. */
    public static <T> T asSharewell(TenantId tenant, Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> AutomaticWork.call(work));
    }

    private static String slugFor(String prefix) {
        return prefix.toLowerCase(Locale.UK).replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An umbrella body and a local group linked through the API: the group accepted an invitation sent to its admin. */
    public record Linked(Organisation umbrella, Organisation group, UUID link) {
    }
}
