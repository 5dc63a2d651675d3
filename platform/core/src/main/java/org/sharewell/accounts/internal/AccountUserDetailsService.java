package org.sharewell.accounts.internal;

import org.sharewell.tenancy.TenantScope;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a login by email within the tenant whose address the request came to. The same email may
 * sign in to several organisations, each with its own password; at the bare platform address
 * (no tenant) nobody can sign in.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final AuthorityLookup authorities;

    AccountUserDetailsService(AccountService accounts, AuthorityLookup authorities) {
        this.accounts = accounts;
        this.authorities = authorities;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (TenantScope.current().isEmpty()) {
            throw new UsernameNotFoundException("No organisation is bound to this sign-in");
        }
        return accounts.credentialsOf(email)
                .map(login -> new SharewellUser(login.account(), login.passwordHash(), authorities.of(login.account())))
                .orElseThrow(() -> new UsernameNotFoundException("No such login in this organisation"));
    }
}
