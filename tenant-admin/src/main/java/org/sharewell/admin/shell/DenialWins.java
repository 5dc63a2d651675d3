package org.sharewell.admin.shell;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A page opens only if no navigation access checker refuses it. Vaadin's own resolver takes one
 * checker allowing and another refusing for a mistake in the set-up and stops the page with an error,
 * but here that is how it should be: the roles allow the member groups page to any admin, and its
 * audience refuses it to a local group.
 */
final class DenialWins implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver otherwise = new DefaultAccessCheckDecisionResolver();

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        var denials = results.stream().filter(result -> result.decision() == AccessCheckDecision.DENY).toList();
        if (denials.isEmpty()) {
            return otherwise.resolve(results, context);
        }
        return context.deny(denials.stream().map(AccessCheckResult::reason).filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
    }
}
