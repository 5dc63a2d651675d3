package org.sharewell.admin.membership;

import com.vaadin.flow.component.Component;
import org.sharewell.admin.shared.InvitationPage;
import org.sharewell.membership.Invitation;

import java.util.Optional;
import java.util.function.Function;

/**
 * A page an umbrella body's invitation leads to: the join page at the platform's own address, or
 * the page at a group's own address where one of its admins answers. Both say the same once the
 * invitation is no longer open.
 */
abstract class MemberGroupInvitationPage extends InvitationPage<Invitation> {

    MemberGroupInvitationPage(Function<String, Optional<Invitation>> find, Component... more) {
        super(find, "This invitation no longer works",
                "It has expired, been withdrawn or already been answered. Ask the umbrella body to send a new one.", more);
    }
}
