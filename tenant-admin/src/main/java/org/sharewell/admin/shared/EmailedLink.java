package org.sharewell.admin.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.sharewell.kernel.NotFound;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Following the link in an email on a page that needs no login: what the link stands for, or, for a link
 * that is forged, used or expired, the one answer every such page gives ("This link no longer works",
 * the module's reason, and the way on it offers).
 */
public final class EmailedLink {

    private EmailedLink() {
    }

    public static <T> Optional<T> follow(HasComponents page, Supplier<T> byLink, Component... wayOn) {
        try {
            return Optional.of(byLink.get());
        } catch (NotFound gone) {
            page.add(new H1("This link no longer works"), new Paragraph(gone.getMessage()));
            for (var way : wayOn) {
                page.add(new Paragraph(way));
            }
            return Optional.empty();
        }
    }
}
