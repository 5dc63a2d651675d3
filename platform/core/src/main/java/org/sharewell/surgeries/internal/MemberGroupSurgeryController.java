package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.surgeries.MemberGroupSurgeries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An umbrella body's view of how its member groups use surgeries. */
@RestController
@Tag(name = "Surgeries")
class MemberGroupSurgeryController {

    private final MemberGroupSurgeries groups;

    MemberGroupSurgeryController(MemberGroupSurgeries groups) {
        this.groups = groups;
    }

    @GetMapping("/api/v1/member-groups/surgery-use")
    @Operation(summary = "Each member group that shares its use of surgeries with you: the surgeries it hosts and the "
            + "places its people have booked anywhere, as counts only (admins)")
    List<MemberGroupSurgeryUseView> ofMemberGroups() {
        return groups.ofMemberGroups().stream().map(MemberGroupSurgeryUseView::of).toList();
    }
}
