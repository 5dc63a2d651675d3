package org.sharewell.admin.shell;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page. Someone not signed in is asked to sign in first, as for any page, and
 * finds this afterwards.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Sharewell")
@PermitAll
public class PageNotFoundView extends DeadEnd<NotFoundException> {

    PageNotFoundView() {
        super("Page not found", "There is no page at this address. If you typed it, check the spelling; if you "
                + "followed a link, the page may have moved. Everything you can use is in the menu.",
                HttpServletResponse.SC_NOT_FOUND);
    }
}
