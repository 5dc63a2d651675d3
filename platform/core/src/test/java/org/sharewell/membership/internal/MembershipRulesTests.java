package org.sharewell.membership.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipRulesTests {

    @Test
    void onlyAnInfrastructureBodyInvitesMemberGroups() {
        MembershipRules.checkMayInvite(organisation(TenantKind.INFRASTRUCTURE_BODY));
        assertThatThrownBy(() -> MembershipRules.checkMayInvite(organisation(TenantKind.LOCAL_GROUP)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get("organisation"))
                        .contains("Only infrastructure bodies").contains("Riverside is registered as a local group."));
    }

    @Test
    void anInvitationNeedsAGroupNameAndAnAddress() {
        assertThat(MembershipRules.checkedInvitation("  The Allotments ", "a@example.org", false)).isEqualTo("The Allotments");
        assertThatThrownBy(() -> MembershipRules.checkedInvitation(" ", "nope", false))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("groupName", "Enter the group's name.").containsKey("email"));
        assertThatThrownBy(() -> MembershipRules.checkedInvitation("x", "a@example.org", false))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("groupName", "Use 2 to 120 characters for the group's name."));
    }

    @Test
    void aSecondOpenInvitationToTheSameAddressIsRefused() {
        assertThatThrownBy(() -> MembershipRules.checkedInvitation("The Allotments", "A@Example.org", true))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get("email"))
                        .startsWith("An invitation to a@example.org is already waiting for an answer."));
    }

    private static Tenant organisation(TenantKind kind) {
        return new Tenant(TenantId.random(), new Slug("riverside"), "Riverside", kind, Instant.EPOCH);
    }
}
