package org.sharewell.accounts.internal;

import org.sharewell.tenancy.TenantScope;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Finds a login by email within the tenant whose address the request came to. The same email may
 * sign in to several organisations, each with its own password; at the bare platform address
 * (no tenant) nobody can sign in. A login whose address went unconfirmed for too long has expired:
 * its owner proves the address by choosing a new password from an emailed link.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final AuthorityLookup authorities;
    private final Clock clock;

    AccountUserDetailsService(AccountService accounts, AuthorityLookup authorities, Clock clock) {
        this.accounts = accounts;
        this.authorities = authorities;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (TenantScope.current().isEmpty()) {
            throw new UsernameNotFoundException("No organisation is bound to this sign-in");
        }
        return accounts.credentialsOf(email)
                .map(login -> new SharewellUser(login.account(), login.passwordHash(), authorities.of(login.account()),
                        login.expiredAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such login in this organisation"));
    }
}
