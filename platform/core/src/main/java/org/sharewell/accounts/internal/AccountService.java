package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountCreated;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.EmailChange;
import org.sharewell.kernel.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;


@Component
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private final AccountStore store;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    // Lazily: the authority sources (the people module) themselves need this class.
    private final ObjectProvider<AuthorityLookup> authorities;
    private final TransactionTemplate transaction;
    private final EmailConfirmations confirmations;
    private final AccountEmails emails;
    private final PasswordResets resets;
    private final EmailChanges emailChanges;
    private final Clock clock;

    AccountService(AccountStore store, ApplicationEventPublisher events, PasswordEncoder passwords,
                   ObjectProvider<AuthorityLookup> authorities, TransactionTemplate transaction,
                   EmailConfirmations confirmations, PasswordResets resets, EmailChanges emailChanges,
                   AccountEmails emails, Clock clock) {
        this.emailChanges = emailChanges;
        this.transaction = transaction;
        this.resets = resets;
        this.emails = emails;
        this.confirmations = confirmations;
        this.clock = clock;
        this.store = store;
        this.events = events;
        this.passwords = passwords;
        this.authorities = authorities;
    }

    @Override
    public Optional<Account> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SharewellUser user)) {
            return Optional.empty();
        }
        return store.find(user.account().id());
    }

    @Override
    @Transactional
    public void signOutEverywhere() {
        var login = signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        store.signOutEverywhere(login.id());
    }

    /** The login with its password hash, for signing in. */
    Optional<AccountStore.Credentials> credentialsOf(String email) {
        return store.credentialsOf(email);
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return store.credentialsOf(email).map(AccountStore.Credentials::account);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Account create(String email, String displayName, String password) {
        var problems = new LinkedHashMap<String, String>();
        CredentialRules.problemWithEmail(email).ifPresent(problem -> problems.put("email", problem));
        if (problems.isEmpty() && store.credentialsOf(email).isPresent()) {
            problems.put("email", "This email address already has a login in this organisation. Sign in instead.");
        }
        CredentialRules.problemWithPassword(password, List.of(email == null ? "" : email, displayName == null ? "" : displayName))
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return create(email, displayName, passwords.encode(password), false, true);
    }

    /** Whether the organisation bound to the current transaction has any login. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean anyLogin() {
        return store.anyLogin();
    }

    /**
     * Adds a login to the tenant bound to the current transaction; one whose address is not proved
     * yet is emailed a link to confirm it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Account create(String email, String displayName, String passwordHash, boolean founder, boolean emailProved) {
        var account = store.insert(email, displayName, passwordHash, emailProved ? clock.instant() : null, clock.instant());
        if (!emailProved) {
            confirmations.first(account);
        }
        events.publishEvent(new AccountCreated(account.tenantId(), account.id(), account.displayName(), account.email(),
                founder));
        return account;
    }

    @Override
    public boolean hasConfirmedEmail() {
        return signedIn().map(login -> store.isConfirmed(login.id())).orElse(false);
    }

    @Override
    @Transactional
    public void sendEmailConfirmation() {
        var login = signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        if (store.isConfirmed(login.id())) {
            throw InvalidInput.of("email", "Your email address is confirmed already.");
        }
        confirmations.send(login);
    }

    @Override
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var login = signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        String hash = store.passwordHashOf(login.id()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidInput.of("currentPassword", "That is not your current password.");
        }
        CredentialRules.problemWithPassword(newPassword, List.of(login.email(), login.displayName()))
                .ifPresent(problem -> {
                    throw InvalidInput.of("newPassword", problem);
                });
        store.changePasswordHash(login.id(), passwords.encode(newPassword));
        emails.passwordChanged(login, clock.instant());
    }

    @Override
    @Transactional
    public void askForNewPassword(String email) {
        resets.ask(email);
    }

    @Override
    public Optional<Account> findAwaitingNewPassword(String token) {
        return resets.awaiting(token);
    }

    @Override
    @Transactional
    public void chooseNewPassword(String token, String newPassword) {
        resets.choose(token, newPassword);
    }

    @Override
    @Transactional
    public void changeEmail(String currentPassword, String newEmail) {
        var login = signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        emailChanges.ask(login, currentPassword, newEmail);
    }

    @Override
    public Optional<EmailChange> findAwaitingNewEmail(String token) {
        return emailChanges.awaiting(token);
    }

    @Override
    @Transactional
    public void confirmNewEmail(String token) {
        emailChanges.confirm(token);
    }

    @Override
    public Optional<Account> findAwaitingConfirmation(String token) {
        return confirmations.awaiting(token);
    }

    @Override
    @Transactional
    public void confirmEmail(String token) {
        confirmations.confirm(token);
    }

    @Override
    @Transactional
    public void changeActive(AccountId account, boolean active) {
        store.changeActive(account, active, clock.instant());
    }

    @Override
    @Transactional
    public void erase(AccountId account) {
        store.erase(account, passwords.encode(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID()));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void actAs(AccountId id, Runnable work) {
        // Read in a transaction of its own: outside one, row-level security shows nothing.
        var user = transaction.execute(status -> {
            var account = store.find(id).orElseThrow(() -> new IllegalArgumentException("No such login in this organisation"));
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

}
