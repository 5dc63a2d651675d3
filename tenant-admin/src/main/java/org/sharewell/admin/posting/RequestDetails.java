package org.sharewell.admin.posting;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.sharewell.kernel.UkTime;
import org.sharewell.posting.CheckRequest;

/** A question about a post as both answer pages show it: the post, where it would go, and the answer once given. */
class RequestDetails extends Div {

    RequestDetails(CheckRequest request) {
        addClassName("summary");
        var post = new Paragraph(request.draft());
        post.addClassName("quote");
        add(new H2("The post"), post,
                new Paragraph("Asked by " + request.requesterName() + " on " + UkTime.dateAndTime(request.askedAt()) + "."),
                new Paragraph("Where: " + request.platform() + ", from the account " + request.account() + "."),
                new Paragraph("What kind of post: " + request.kind() + "."),
                new Paragraph("Answer needed by " + UkTime.date(request.deadline()) + "."));
        if (request.status().answered()) {
            add(new H2("The answer: " + request.status().description()), new Paragraph(request.note()),
                    new Paragraph("Answered by " + request.answeredBy() + " on " + UkTime.dateAndTime(request.answeredAt()) + "."));
        } else {
            add(new Paragraph("Waiting for an answer from " + request.contactName() + "."));
        }
    }
}
