package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.Authorities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.TreeSet;

/** Gathers what every {@link Authorities} source says a login may do. An inactive login may do nothing. */
@Component
class AuthorityLookup {

    private final ObjectProvider<Authorities> sources;

    AuthorityLookup(ObjectProvider<Authorities> sources) {
        this.sources = sources;
    }

    List<GrantedAuthority> of(Account account) {
        if (!account.active()) {
            return List.of();
        }
        var names = new TreeSet<String>();
        sources.orderedStream().forEach(source -> names.addAll(source.of(account)));
        return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}
