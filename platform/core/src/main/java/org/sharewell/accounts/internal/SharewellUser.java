package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.audit.ActingPrincipal;
import org.sharewell.audit.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/**
 * The signed-in principal: a login of one tenant and what it may do, as worked out for the current
 * request. Kept in the HTTP session, so it holds no secrets after sign-in. It names its login to the
 * audit log, which records the account without depending on this module.
 */
final class SharewellUser implements UserDetails, CredentialsContainer, ActingPrincipal {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Account account;
    private final List<GrantedAuthority> authorities;
    private final boolean expired;
    private String passwordHash;

    SharewellUser(Account account, String passwordHash, List<GrantedAuthority> authorities) {
        this(account, passwordHash, authorities, false);
    }

    /** @param expired whether its address went unconfirmed for too long, so that it may not sign in */
    SharewellUser(Account account, String passwordHash, List<GrantedAuthority> authorities, boolean expired) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.authorities = List.copyOf(authorities);
        this.expired = expired;
    }

    Account account() {
        return account;
    }

    /** The login as it was when this session signed in (a renamed person is renamed at their next sign-in). */
    @Override
    public Actor actor() {
        return new Actor(account.id().value(), account.displayName());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isAccountNonExpired() {
        return !expired;
    }

    @Override
    public boolean isEnabled() {
        return account.active();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
