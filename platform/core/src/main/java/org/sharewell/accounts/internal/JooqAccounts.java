package org.sharewell.accounts.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountCreated;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import sharewell.db.accounts.tables.records.AccountRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static sharewell.db.accounts.Tables.ACCOUNT;
import static sharewell.db.accounts.Tables.API_TOKEN;

@Component
@Transactional(readOnly = true)
class JooqAccounts implements Accounts {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    // Lazily: the authority sources (the people module) themselves need this class.
    private final ObjectProvider<AuthorityLookup> authorities;
    private final TransactionTemplate transaction;

    JooqAccounts(DSLContext db, ApplicationEventPublisher events, Credentials credentials, PasswordEncoder passwords,
                 ObjectProvider<AuthorityLookup> authorities, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.db = db;
        this.events = events;
        this.credentials = credentials;
        this.passwords = passwords;
        this.authorities = authorities;
    }

    @Override
    public Optional<Account> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SharewellUser user)) {
            return Optional.empty();
        }
        return findById(user.account().id());
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return findRowByEmail(email).map(JooqAccounts::toAccount);
    }

    Optional<Account> findById(AccountId id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional().map(JooqAccounts::toAccount);
    }

    Optional<AccountRecord> findRowByEmail(String email) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.EMAIL.eq(Credentials.normaliseEmail(email))).fetchOptional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Account create(String email, String displayName, String password) {
        var problems = new LinkedHashMap<String, String>();
        credentials.problemWithEmail(email).ifPresent(problem -> problems.put("email", problem));
        if (problems.isEmpty() && findRowByEmail(email).isPresent()) {
            problems.put("email", "This email address already has a login in this organisation. Sign in instead.");
        }
        credentials.problemWithPassword(password, List.of(email == null ? "" : email, displayName == null ? "" : displayName))
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return create(email, displayName, passwords.encode(password), false);
    }

    /** Adds a login to the tenant bound to the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Account create(String email, String displayName, String passwordHash, boolean founder) {
        TenantId tenant = TenantScope.required();
        var account = toAccount(db.insertInto(ACCOUNT)
                .set(ACCOUNT.TENANT_ID, tenant.value())
                .set(ACCOUNT.ID, AccountId.random().value())
                .set(ACCOUNT.EMAIL, Credentials.normaliseEmail(email))
                .set(ACCOUNT.DISPLAY_NAME, displayName.strip())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .returning()
                .fetchSingle());
        events.publishEvent(new AccountCreated(tenant, account.id(), account.displayName(), account.email(), founder));
        return account;
    }

    @Override
    @Transactional
    public void changeActive(AccountId account, boolean active) {
        db.update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(account.value())).execute();
    }

    @Override
    @Transactional
    public void erase(AccountId account) {
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ACCOUNT_ID.eq(account.value())).execute();
        db.update(ACCOUNT)
                .set(ACCOUNT.EMAIL, "erased-" + account.value() + "@erased.invalid")
                .set(ACCOUNT.DISPLAY_NAME, "Erased person")
                // A hash of a secret nobody knows: the login can never match a password again.
                .set(ACCOUNT.PASSWORD_HASH, passwords.encode(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID()))
                .set(ACCOUNT.ACTIVE, false)
                .where(ACCOUNT.ID.eq(account.value()))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void actAs(AccountId id, Runnable work) {
        // Read in a transaction of its own: outside one, row-level security shows nothing.
        var user = transaction.execute(status -> {
            var account = findById(id).orElseThrow(() -> new IllegalArgumentException("No such login in this organisation"));
            return new SharewellUser(account, null, authorities.getObject().of(account));
        });
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Account toAccount(AccountRecord row) {
        return new Account(new TenantId(row.getTenantId()), new AccountId(row.getId()), row.getEmail(),
                row.getDisplayName(), row.getActive());
    }
}
