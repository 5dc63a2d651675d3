package org.sharewell.accounts.internal;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.Account;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.SlugTaken;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

@Service
class SignUpService implements SignUp {

    /** The operator's address and name, kept for it (the address is taken by the operator on first start). */
    static final Slug OPERATOR_ADDRESS = new Slug("sharewell");
    static final String OPERATOR_NAME = "Sharewell";

    private final Tenants tenants;
    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;

    SignUpService(Tenants tenants, AccountService accounts, PasswordEncoder passwords,
                  TransactionTemplate transaction) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        // Always a transaction of its own: joining a caller's transaction would mean joining one
        // bound to another tenant (or to none), where the new admin's row could not be written.
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public SignedUp signUp(SignUpForm form) {
        return signUp(form, false);
    }

    @Override
    public SignedUp signUpWithProvedEmail(SignUpForm form) {
        return signUp(form, true);
    }

    private SignedUp signUp(SignUpForm form, boolean emailProved) {
        var problems = problemsWith(form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Slug slug = Slug.parse(form.slug());
        String hash = passwords.encode(form.password());
        // The new tenant's id is bound before the transaction starts, so its first admin passes the
        // row-level security check in the same transaction as the tenant itself.
        TenantId id = TenantId.random();
        return TenantScope.callAs(id, () -> transaction.execute(status -> {
            var tenant = tenants.register(id, slug, form.organisationName(), form.kind());
            var admin = accounts.create(form.email(), form.adminName(), hash, true, emailProved);
            return new SignedUp(tenant, admin);
        }));
    }

    @Override
    public Tenant operator() {
        return tenants.operator().orElseGet(() -> {
            TenantId id = TenantId.random();
            try {
                return TenantScope.callAs(id, () -> transaction.execute(status ->
                        tenants.register(id, OPERATOR_ADDRESS, OPERATOR_NAME, TenantKind.OPERATOR)));
            } catch (SlugTaken | DataIntegrityViolationException madeMeanwhile) {
                // Another instance, starting at the same moment, made it first (there is at most one).
                return tenants.operator().orElseThrow(() -> madeMeanwhile);
            }
        });
    }

    @Override
    public Optional<Account> firstOperatorAdmin(String name, String email, @Nullable String password) {
        var operator = operator();
        return TenantScope.callAs(operator.id(), () -> transaction.execute(status -> {
            if (accounts.anyLogin()) {
                return Optional.<Account>empty();
            }
            var problems = new LinkedHashMap<String, String>();
            if (name == null || name.isBlank() || name.strip().length() > 120) {
                problems.put("adminName", "Enter a name of at most 120 characters.");
            }
            CredentialRules.problemWithEmail(email).ifPresent(problem -> problems.put("email", problem));
            if (password != null) {
                CredentialRules.problemWithPassword(password, List.of(nullToEmpty(email), nullToEmpty(name)))
                        .ifPresent(problem -> problems.put("password", problem));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            // Without a password, one nobody knows until the emailed link replaces it.
            String hash = passwords.encode(password != null ? password : SecretTokens.newToken());
            var admin = accounts.create(email, name.strip(), hash, true, true);
            if (password == null) {
                accounts.askForNewPassword(admin.email());
            }
            return Optional.of(admin);
        }));
    }

    private Map<String, String> problemsWith(SignUpForm form) {
        var problems = new LinkedHashMap<String, String>();
        Tenants.problemWithName(form.organisationName()).ifPresent(problem -> problems.put("organisationName", problem));
        String slug = form.slug() == null ? null : form.slug().strip().toLowerCase(Locale.ROOT);
        Slug.problemWith(slug).or(() -> tenants.isTaken(new Slug(slug))
                        ? Optional.of("The web address name '" + slug + "' is already taken. Choose another.")
                        : Optional.empty())
                .ifPresent(problem -> problems.put("slug", problem));
        if (form.kind() == null || !TenantKind.signUpChoices().contains(form.kind())) {
            problems.put("kind", "Choose what kind of organisation yours is: an infrastructure body or a local group.");
        }
        if (form.adminName() == null || form.adminName().isBlank()) {
            problems.put("adminName", "Enter your name.");
        } else if (form.adminName().strip().length() > 120) {
            problems.put("adminName", "Use at most 120 characters for your name.");
        }
        CredentialRules.problemWithEmail(form.email()).ifPresent(problem -> problems.put("email", problem));
        CredentialRules.problemWithPassword(form.password(),
                        List.of(nullToEmpty(form.email()), nullToEmpty(form.organisationName()), nullToEmpty(slug),
                                nullToEmpty(form.adminName())))
                .ifPresent(problem -> problems.put("password", problem));
        return problems;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
