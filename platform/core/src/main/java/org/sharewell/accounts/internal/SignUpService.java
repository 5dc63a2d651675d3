package org.sharewell.accounts.internal;

import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    private Map<String, String> problemsWith(SignUpForm form) {
        var problems = new LinkedHashMap<String, String>();
        Tenants.problemWithName(form.organisationName()).ifPresent(problem -> problems.put("organisationName", problem));
        String slug = form.slug() == null ? null : form.slug().strip().toLowerCase(Locale.ROOT);
        Slug.problemWith(slug).or(() -> tenants.isTaken(new Slug(slug))
                        ? Optional.of("The web address name '" + slug + "' is already taken. Choose another.")
                        : Optional.empty())
                .ifPresent(problem -> problems.put("slug", problem));
        if (form.kind() == null) {
            problems.put("kind", "Choose what kind of organisation yours is.");
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
