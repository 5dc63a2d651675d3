package org.sharewell.admin.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page, inside the normal layout so the menu is still there. Someone not
 * signed in is asked to sign in first, as for any page, and finds this afterwards.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Sharewell")
@PermitAll
public class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page");
        add(new H1("Page not found"),
                new Paragraph("There is no page at this address. If you typed it, check the spelling; if you followed a "
                        + "link, the page may have moved. Everything you can use is in the menu."),
                new Paragraph(new Anchor(".", "Go to your dashboard")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
