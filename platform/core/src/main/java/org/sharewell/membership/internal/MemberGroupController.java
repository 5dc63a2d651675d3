package org.sharewell.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MemberGroups;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.kernel.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Member groups", description = "An infrastructure body's member groups (its admins only)")
class MemberGroupController {

    private final MemberGroups memberGroups;
    private final TenantAddresses addresses;

    MemberGroupController(MemberGroups memberGroups, TenantAddresses addresses) {
        this.memberGroups = memberGroups;
        this.addresses = addresses;
    }

    @GetMapping("/api/v1/member-groups")
    @Operation(summary = "Your member groups and every invitation you sent, newest first",
            description = "Contacts, the onboarding checklist and sharing are shown for active links only; "
                    + "sharing lists the kinds of data each group has chosen to share with you.")
    List<MemberGroupView> list() {
        return memberGroups.list().stream().map(group -> MemberGroupView.of(group, addresses)).toList();
    }

    @PostMapping("/api/v1/member-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a group by email to be one of your member groups",
            description = "Emails a link to a page where the group joins Sharewell or links the organisation it has there. "
                    + "The link works for " + MemberGroups.INVITATION_VALID_DAYS + " days.")
    MemberGroupView invite(@RequestBody InvitationForm form) {
        return MemberGroupView.of(memberGroups.invite(form.groupName(), form.email()), addresses);
    }

    @GetMapping("/api/v1/member-groups/{id}")
    MemberGroupView get(@PathVariable UUID id) {
        return memberGroups.find(new LinkId(id)).map(group -> MemberGroupView.of(group, addresses))
                .orElseThrow(() -> new NotFound("Your organisation has sent no invitation with that id."));
    }

    @PostMapping("/api/v1/member-groups/{id}/ending")
    @Operation(summary = "End the link with a member group, or withdraw an invitation nobody has answered",
            description = "The group stops sharing anything with you at once. The link's history is kept.")
    MemberGroupView end(@PathVariable UUID id) {
        return MemberGroupView.of(memberGroups.end(new LinkId(id)), addresses);
    }

    record InvitationForm(String groupName, String email) {
    }
}
