package org.sharewell.admin.shared;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.beans.factory.BeanFactory;

/**
 * Refuses a page {@linkplain OfferedTo offered} to other organisations than the current one. One of
 * Vaadin's navigation access checkers, beside the one reading the pages' roles, so it decides both
 * what the menu offers ({@code MenuConfiguration}) and whether an address typed in opens.
 *
 * @param audiences where the {@link Audience} beans are found
 * @param roles     Vaadin's reading of the pages' role annotations
 */
public record AudienceCheck(BeanFactory audiences, AccessAnnotationChecker roles) implements NavigationAccessChecker {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        OfferedTo offered = context.getNavigationTarget().getAnnotation(OfferedTo.class);
        // Someone the page's roles refuse is refused by those; asking the audience on their behalf
        // could need module calls their role does not allow.
        if (offered == null || !roles.hasAccess(context.getNavigationTarget(), context.getPrincipal(), context::hasRole)) {
            return context.neutral();
        }
        return audiences.getBean(offered.value()).includesThisOrganisation() ? context.allow()
                : context.deny("The page is for other kinds of organisation.");
    }
}
