package org.sharewell.admin.shared;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Collection;

/**
 * The box at the top of a long form that lists every problem at once, so that someone who cannot
 * see the whole form still learns of each. An alert, so screen readers announce it when it appears.
 * {@link Refusals} fills it.
 */
public class ProblemSummary extends Div {

    public ProblemSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(Collection<String> problems) {
        removeAll();
        add(new H2("There is a problem"));
        problems.forEach(problem -> add(new Paragraph(problem)));
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }
}
