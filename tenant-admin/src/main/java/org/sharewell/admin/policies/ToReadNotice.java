package org.sharewell.admin.policies;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.Acknowledgements;

/** On the dashboard: the policies the person has been asked to read, each with its due date. Hidden when there are none. */
public class ToReadNotice extends Div {

    public ToReadNotice(Acknowledgements acknowledgements) {
        addClassName("summary");
        var toRead = acknowledgements.mine();
        setVisible(!toRead.isEmpty());
        var list = new UnorderedList();
        for (var policy : toRead) {
            list.add(new ListItem(new RouterLink(policy.title() + " (version " + policy.version() + ")", ReadPolicyView.class,
                    DocumentLinks.of(policy.policy())), new com.vaadin.flow.component.Text(", to read by "
                    + UkTime.date(policy.dueOn()))));
        }
        add(new H2("To read"), list);
    }
}
