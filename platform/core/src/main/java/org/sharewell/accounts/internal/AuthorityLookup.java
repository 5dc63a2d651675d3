package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.Authorities;
import org.sharewell.kernel.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers what every {@link Authorities} source says a login may do. An inactive login may do
 * nothing; and where the organisation requires two-step sign-in of its key roles, a login holding
 * one without having turned it on signs in without it, until it does.
 */
@Component
class AuthorityLookup {

    /** The key roles that see volunteers' personal data, for which an organisation may require two-step sign-in. */
    static final Set<String> KEY_ROLES_NEEDING_SECOND_STEP = Set.of(Roles.authority(Roles.ADMIN),
            Roles.authority(Roles.COORDINATOR));

    private final ObjectProvider<Authorities> sources;
    private final SecondStepStore secondSteps;

    AuthorityLookup(ObjectProvider<Authorities> sources, SecondStepStore secondSteps) {
        this.sources = sources;
        this.secondSteps = secondSteps;
    }

    @Transactional(readOnly = true)
    List<GrantedAuthority> of(Account account) {
        var names = fromSources(account);
        if (missesRequiredSecondStep(account, names)) {
            names.removeAll(KEY_ROLES_NEEDING_SECOND_STEP);
        }
        return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    /** Whether the login holds a key role the organisation requires two-step sign-in for, and has not turned it on. */
    @Transactional(readOnly = true)
    boolean missesRequiredSecondStep(Account account) {
        return missesRequiredSecondStep(account, fromSources(account));
    }

    private boolean missesRequiredSecondStep(Account account, Set<String> names) {
        return names.stream().anyMatch(KEY_ROLES_NEEDING_SECOND_STEP::contains) && secondSteps.requiredOfKeyRoles()
                && !secondSteps.isOn(account.id());
    }

    private Set<String> fromSources(Account account) {
        var names = new TreeSet<String>();
        if (account.active()) {
            sources.orderedStream().forEach(source -> names.addAll(source.of(account)));
        }
        return names;
    }
}
