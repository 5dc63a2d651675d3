package org.sharewell.admin.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.sharewell.admin.account.AccountView;

/** Tells a key-role holder whose organisation requires two-step sign-in why their admin pages are missing, and where to turn it on. */
class TwoStepNotice extends Div {

    TwoStepNotice() {
        addClassName("summary");
        add(new H2("Turn on two-step sign-in"),
                new Paragraph("Your organisation requires two-step sign-in of admins and coordinators, who see volunteers' "
                        + "personal data. Until you turn it on, you are signed in without those roles."),
                new Paragraph(new RouterLink("Turn on two-step sign-in on Your login", AccountView.class)));
    }
}
