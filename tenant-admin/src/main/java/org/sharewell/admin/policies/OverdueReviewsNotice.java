package org.sharewell.admin.policies;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.Reviews;

/** On an admin's dashboard: the policies past their review date. Hidden when there are none. */
public class OverdueReviewsNotice extends Div {

    public OverdueReviewsNotice(Reviews reviews) {
        addClassName("summary");
        var overdue = reviews.overdue();
        setVisible(!overdue.isEmpty());
        var list = new UnorderedList();
        overdue.forEach(review -> list.add(new ListItem(review.title() + ": due for review by " + UkTime.date(review.dueOn()))));
        add(new H2("Policies due for review"), list, new Paragraph(new RouterLink("Review them under Policies", PoliciesView.class)));
    }
}
