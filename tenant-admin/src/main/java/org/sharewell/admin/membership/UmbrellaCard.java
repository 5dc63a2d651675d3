package org.sharewell.admin.membership;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Umbrella;
import org.sharewell.membership.Umbrellas;
import org.sharewell.admin.shared.Refusals;

import java.util.Locale;

/**
 * One umbrella body as its member group sees it: since when, and a switch for each kind of data
 * the group may share with it. Every switch starts off, and takes effect at once either way.
 */
class UmbrellaCard extends Section {

    UmbrellaCard(Umbrella umbrella, Umbrellas umbrellas, Runnable changed) {
        addClassName("summary");
        var link = umbrella.link();
        String name = umbrella.umbrella().name();
        add(new H3(name));
        if (!link.isActive()) {
            add(new Paragraph(switch (link.status()) {
                case DECLINED -> "You declined its invitation on " + UkTime.date(link.declinedAt()) + ".";
                case ENDED -> "Member group from " + UkTime.date(link.since()) + " to " + UkTime.date(link.endedAt())
                        + ", ended by " + link.endedBy().description() + ".";
                default -> link.status().description() + ".";
            }));
            return;
        }
        add(new Paragraph("Member group since " + UkTime.date(link.since()) + ". " + name
                + " sees your organisation's name, your admins' names and email addresses, and your getting-started checklist."),
                new H4("Share more with " + name));
        for (SharingKind kind : SharingKind.values()) {
            var share = new Checkbox(kind.description(), umbrella.sharing().contains(kind));
            share.addValueChangeListener(change -> {
                if (Refusals.attempt(() -> umbrellas.share(link.id(), kind, change.getValue()))) {
                    Refusals.success((change.getValue() ? "Now sharing with " : "Stopped sharing with ") + name + ": "
                            + kind.description().toLowerCase(Locale.UK) + ".");
                } else {
                    // The umbrella body may have ended the membership meanwhile: show how things stand now.
                    changed.run();
                }
            });
            add(new Div(share));
        }
        add(new Paragraph("These kinds of data come to Sharewell over time; a switch that is on shares them as they do."));
        var confirm = new ConfirmDialog("End membership?", name + " will stop seeing anything of your organisation today. "
                + "The history is kept.", "End membership", confirmed -> {
                    // Ended meanwhile by the umbrella body, perhaps: either way, show how things stand now.
                    Refusals.attempt(() -> umbrellas.end(link.id()));
                    changed.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay a member");
        confirm.setConfirmButtonTheme("error primary");
        var end = new Button("End membership", click -> confirm.open());
        end.setAriaLabel("End membership of " + name);
        add(end);
    }
}
