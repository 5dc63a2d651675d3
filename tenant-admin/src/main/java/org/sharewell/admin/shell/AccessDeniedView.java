package org.sharewell.admin.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in person's role (or their organisation's kind) does not let them open, inside
 * the normal layout, saying who can help. It says no more about the page than its address did.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Sharewell")
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("page");
        add(new H1("You don't have access to this page"),
                new Paragraph("Your role in this organisation does not include this page. If you need it, ask one of "
                        + "your organisation's admins: they can change your key roles under People."),
                new Paragraph(new Anchor(".", "Go to your dashboard")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
