package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.sharewell.posting.CheckFigures;
import org.sharewell.posting.CheckRequests;

import java.time.Duration;

/** How many posts were asked about in the last 90 days and how fast they were answered: on the dashboard and the list. */
public class CheckFiguresNotice extends Div {

    public CheckFiguresNotice(CheckRequests requests) {
        addClassName("summary");
        var figures = requests.figures();
        add(new H2("Questions about posts in the last " + figures.days() + " days"), new Paragraph(said(figures)));
        if (figures.late() > 0) {
            add(new Paragraph(figures.late() + (figures.late() == 1 ? " is" : " are") + " waiting past the day the answer was needed."));
        }
        add(new Paragraph(new RouterLink("See and answer them", CheckRequestsView.class)));
    }

    static String said(CheckFigures figures) {
        if (figures.asked() == 0) {
            return "Nobody has asked about a post.";
        }
        String asked = figures.asked() + (figures.asked() == 1 ? " post was" : " posts were") + " asked about; "
                + figures.answered() + " answered, " + figures.waiting() + " waiting.";
        if (figures.medianAnswer() == null) {
            return asked;
        }
        return asked + " Half were answered within " + length(figures.medianAnswer()) + ", and " + figures.byDeadline() + " of "
                + figures.answered() + " by the day the answer was needed.";
    }

    static String length(Duration duration) {
        if (duration.toMinutes() < 60) {
            long minutes = Math.max(1, duration.toMinutes());
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (duration.toHours() < 48) {
            long hours = duration.toHours();
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return duration.toDays() + " days";
    }
}
