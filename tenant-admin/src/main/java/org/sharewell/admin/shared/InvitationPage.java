package org.sharewell.admin.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import java.util.Optional;

/**
 * The page an emailed invitation's link leads to, at an address ending in the link's secret token.
 * While the invitation is open the page shows it, for the person to answer; once it has expired or
 * been answered, the page says the link no longer works and what to do instead. Whatever the answer
 * leads to replaces the page, under a heading of its own.
 *
 * @param <I> the invitation, as the module that sent it describes it
 */
public abstract class InvitationPage<I> extends Main implements BeforeEnterObserver {

    private final String closedHeading;
    private final Component[] whenClosed;
    private String token = "";

    /**
     * @param closedHeading what the page says when the link no longer works
     * @param whenClosed    what it says after that: why, and what to do instead
     */
    protected InvitationPage(String closedHeading, Component... whenClosed) {
        this.closedHeading = closedHeading;
        this.whenClosed = whenClosed;
        addClassName("narrow-page");
    }

    /** The open invitation behind the token, if it is still open. */
    protected abstract Optional<I> find(String token);

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
        find(token).ifPresentOrElse(invitation -> show(invitation, token), () -> replaceWith(closedHeading, whenClosed));
    }

    /** Replaces the whole page: the outcome of an answer. */
    protected final void replaceWith(String heading, Component... content) {
        removeAll();
        add(new H1(heading));
        add(content);
    }
}
