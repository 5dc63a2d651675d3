package org.sharewell.admin.membership;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.sharewell.membership.Link;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.SharingKind;
import org.sharewell.tenancy.TenantAddresses;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/** One invited group as its umbrella body sees it: where things stand, and what it may see of the group. */
class MemberGroupCard extends Section {

    MemberGroupCard(MemberGroup group, TenantAddresses addresses, Instant now, Runnable end) {
        addClassName("summary");
        var link = group.link();
        add(new H3(group.groupName()), new Paragraph(story(link, group.invitedEmail(), now)));
        group.organisation().ifPresent(organisation -> {
            String address = addresses.homeOf(organisation.slug()).toString();
            add(new Paragraph(new Text("On Sharewell as " + organisation.name() + " ("
                    + organisation.kind().description().toLowerCase(Locale.UK) + ") at "), new Anchor(address, address)));
        });
        if (link.isActive()) {
            var contacts = new UnorderedList();
            group.contacts().forEach(contact -> contacts.add(new ListItem(contact.email() == null ? new Paragraph(contact.name())
                    : new Anchor("mailto:" + contact.email(), contact.name() + " (" + contact.email() + ")"))));
            add(new H4("Main contacts"), contacts, new H4("Getting started"), new OnboardingChecklist(group.onboarding()),
                    new H4("What the group shares with you"), new Paragraph(group.sharing().isEmpty()
                            ? "Nothing more yet: the group has not switched on sharing of any other data."
                            : group.sharing().stream().map(SharingKind::description).collect(Collectors.joining("; ")) + "."));
        }
        if (link.status() == LinkStatus.INVITED || link.isActive()) {
            String action = link.isActive() ? "End membership" : "Withdraw invitation";
            var confirm = new ConfirmDialog(action + "?", link.isActive()
                    ? group.groupName() + " will stop being one of your member groups today, and you will stop seeing its "
                    + "contacts, checklist and anything it shares. The history is kept."
                    : "The link in the invitation email will stop working.", action, confirmed -> end.run());
            confirm.setCancelable(true);
            confirm.setCancelText("Keep it");
            confirm.setConfirmButtonTheme("error primary");
            var button = new Button(action, click -> confirm.open());
            button.setAriaLabel(action + ": " + group.groupName());
            add(button);
        }
    }

    private static String story(Link link, String email, Instant now) {
        String invited = "Invited on " + UkTime.date(link.invitedAt()) + " at " + email + ".";
        return switch (link.status()) {
            case INVITED -> invited + (link.invitationExpired(now)
                    ? " The invitation's link expired on " + UkTime.date(link.invitationExpiresAt()) + ": withdraw it and invite again."
                    : " Waiting for an answer; the link works until " + UkTime.date(link.invitationExpiresAt()) + ".");
            case ACTIVE -> "Member group since " + UkTime.date(link.since()) + ".";
            case DECLINED -> invited + " Declined on " + UkTime.date(link.declinedAt()) + ".";
            case ENDED -> (link.since() == null ? invited + " Invitation withdrawn on " + UkTime.date(link.endedAt())
                    : "Member group from " + UkTime.date(link.since()) + " to " + UkTime.date(link.endedAt())
                    + ", ended by " + link.endedBy().description()) + ".";
        };
    }
}
