package org.sharewell.admin.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in person's role (or their organisation's kind) does not let them open, saying
 * who can help. It says no more about the page than its address did.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Sharewell")
@PermitAll
public class AccessDeniedView extends DeadEnd<AccessDeniedException> {

    AccessDeniedView() {
        super("You don't have access to this page", "Your role in this organisation does not include this page. If "
                + "you need it, ask one of your organisation's admins: they can change your key roles under People.",
                HttpServletResponse.SC_FORBIDDEN);
    }
}
