package org.sharewell.policies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.policies.MemberGroupPolicies;
import org.sharewell.publishing.DocumentId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** An umbrella body's view of how its member groups' adopted policies stand. */
@RestController
@Tag(name = "Policies")
class MemberGroupPolicyController {

    private final MemberGroupPolicies groups;

    MemberGroupPolicyController(MemberGroupPolicies groups) {
        this.groups = groups;
    }

    @GetMapping("/api/v1/policies/{id}/member-groups")
    @Operation(summary = "Each member group that adopted this template of yours and shares its policy with you: its version, "
            + "when it is next reviewed and how many of its people have read it (admins)")
    List<MemberGroupPolicyView> adoptedFrom(@PathVariable UUID id) {
        return groups.adoptedFrom(new DocumentId(id)).stream().map(MemberGroupPolicyView::of).toList();
    }
}
