package org.sharewell.admin.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The page an emailed invitation's link leads to, at an address ending in the link's secret token.
 * While the invitation is open the page shows it, for the person to answer; once it has expired or
 * been answered, the page says the link no longer works and what to do instead. Whatever the answer
 * leads to replaces the page, under a heading of its own.
 *
 * @param <I> the invitation, as the module that sent it describes it
 */
public abstract class InvitationPage<I> extends Main implements BeforeEnterObserver {

    private final Function<String, Optional<I>> find;
    private final String closedHeading;
    private final Component[] whenClosed;
    private String token = "";

    /**
     * @param find          the open invitation behind a token, if it is still open
     * @param closedHeading what the page says when the link no longer works
     * @param advice        why, and what to do instead
     * @param more          anything else to offer then, such as a link
     */
    protected InvitationPage(Function<String, Optional<I>> find, String closedHeading, String advice, Component... more) {
        this.find = find;
        this.closedHeading = closedHeading;
        this.whenClosed = Stream.concat(Stream.of(new Paragraph(advice)), Stream.of(more)).toArray(Component[]::new);
        addClassName("narrow-page");
    }

    /** Shows the open invitation, for the person to answer. */
    protected abstract void show(I invitation, String token);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        showAsItStands();
    }

    /** Shows the invitation as it stands now: after a refused answer, say, it may no longer be open. */
    protected final void showAsItStands() {
        removeAll();
        find.apply(token).ifPresentOrElse(invitation -> show(invitation, token), () -> replaceWith(closedHeading, whenClosed));
    }

    /** Replaces the whole page: the outcome of an answer. */
    protected final void replaceWith(String heading, Component... content) {
        removeAll();
        add(new H1(heading));
        add(content);
    }
}
