package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AuthenticatorSetUp;
import org.sharewell.accounts.SignInRuleChanged;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.Roles;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Two-step sign-in for the signed-in person and the organisation's rule; see {@link TwoStepSignIn} for the contract. */
@Service
@Transactional
class TwoStepService implements TwoStepSignIn {

    private final AccountService accounts;
    private final AccountStore store;
    private final SecondSteps secondSteps;
    private final SecondStepStore rules;
    private final AuthorityLookup authorities;
    private final PasswordEncoder passwords;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    TwoStepService(AccountService accounts, AccountStore store, SecondSteps secondSteps, SecondStepStore rules,
                   AuthorityLookup authorities, PasswordEncoder passwords, Tenants tenants,
                   ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.store = store;
        this.secondSteps = secondSteps;
        this.rules = rules;
        this.authorities = authorities;
        this.passwords = passwords;
        this.tenants = tenants;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOn() {
        return accounts.signedIn().map(secondSteps::isOn).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        return accounts.signedIn().map(secondSteps::recoveryCodesLeft).orElse(0);
    }

    @Override
    public AuthenticatorSetUp beginSetUp() {
        var login = signedIn();
        return secondSteps.begin(login, tenants.findById(TenantScope.required()).orElseThrow().name());
    }

    @Override
    public List<String> finishSetUp(String code) {
        var login = signedIn();
        var codes = secondSteps.finish(login, code);
        SignInSession.secondStepShown(login.id());
        return codes;
    }

    @Override
    public List<String> newRecoveryCodes(String currentPassword) {
        var login = signedIn();
        checkPassword(login, currentPassword);
        if (!secondSteps.isOn(login)) {
            throw InvalidInput.of("code", "Two-step sign-in is off, so there are no recovery codes to replace.");
        }
        return secondSteps.newRecoveryCodes(login);
    }

    @Override
    public void turnOff(String currentPassword) {
        var login = signedIn();
        checkPassword(login, currentPassword);
        if (secondSteps.requiredOfKeyRoles() && holdsKeyRole()) {
            throw InvalidInput.of("code", "Your organisation requires two-step sign-in of admins and coordinators, "
                    + "so it cannot be turned off while you hold one of those roles.");
        }
        secondSteps.turnOff(login);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean requiredOfKeyRoles() {
        return secondSteps.requiredOfKeyRoles();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void requireOfKeyRoles(boolean required) {
        var admin = signedIn();
        if (required == secondSteps.requiredOfKeyRoles()) {
            return;
        }
        if (required && !secondSteps.isOn(admin)) {
            throw InvalidInput.of("required", "Turn on two-step sign-in for yourself first, on \"Your login\": "
                    + "otherwise this would take away your own admin pages.");
        }
        rules.requireOfKeyRoles(required);
        var organisation = TenantScope.required();
        events.publishEvent(new SignInRuleChanged(organisation, Actor.current(),
                tenants.findById(organisation).orElseThrow().name(), required));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMissingForKeyRole() {
        return accounts.signedIn().map(authorities::missesRequiredSecondStep).orElse(false);
    }

    @Override
    public Optional<Account> awaitingSecondStep() {
        return SignInSession.awaitingSecondStep(clock.instant()).map(SharewellUser::account);
    }

    @Override
    @Transactional(noRollbackFor = InvalidInput.class)
    public void completeSignIn(String code) {
        var waiting = SignInSession.awaitingSecondStep(clock.instant())
                .orElseThrow(() -> InvalidInput.of("code", "Nobody is waiting to sign in here, or it took longer than "
                        + "ten minutes. Sign in with your password again."));
        secondSteps.check(waiting.account(), code);
        SignInSession.passSecondStep(new SharewellUser(waiting.account(), null, authorities.of(waiting.account())));
    }

    /** For an API token: the code, when the login has two-step sign-in on. */
    @Transactional(noRollbackFor = InvalidInput.class)
    void checkForToken(Account login, String code) {
        if (!secondSteps.isOn(login)) {
            return;
        }
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", "This login has two-step sign-in: send the code from its authenticator app "
                    + "(or a recovery code) as 'code'.");
        }
        secondSteps.check(login, code);
    }

    private boolean holdsKeyRole() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> AuthorityLookup.KEY_ROLES_NEEDING_SECOND_STEP.contains(authority.getAuthority()));
    }

    private void checkPassword(Account login, String currentPassword) {
        String hash = store.passwordHashOf(login.id()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidInput.of("currentPassword", "That is not your current password.");
        }
    }

    private Account signedIn() {
        return accounts.signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }
}
