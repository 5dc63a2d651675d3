package org.sharewell.admin.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * A page where navigation cannot go on, shown inside the normal layout so the menu is still there:
 * what happened, what to do, and a link onward. Each kind of dead end is a small subclass naming
 * its heading, its advice and the HTTP status it answers with.
 *
 * @param <E> the navigation error it stands for
 */
abstract class DeadEnd<E extends Exception> extends Main implements HasErrorParameter<E> {

    private final String heading;
    private final String advice;
    private final int status;

    DeadEnd(String heading, String advice, int status) {
        this.heading = heading;
        this.advice = advice;
        this.status = status;
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        removeAll();
        add(new H1(heading), new Paragraph(advice), new Paragraph(new Anchor(".", "Go to your dashboard")));
        return status;
    }
}
