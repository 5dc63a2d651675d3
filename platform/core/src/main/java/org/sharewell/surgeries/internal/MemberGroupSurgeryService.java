package org.sharewell.surgeries.internal;

import org.sharewell.kernel.Roles;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.MemberGroups;
import org.sharewell.membership.SharingKind;
import org.sharewell.surgeries.MemberGroupSurgeries;
import org.sharewell.surgeries.MemberGroupSurgeryUse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** Member groups' use of surgeries for their umbrella body; see {@link MemberGroupSurgeries}. */
@Service
@Transactional(readOnly = true)
class MemberGroupSurgeryService implements MemberGroupSurgeries {

    private final MemberGroups memberGroups;
    private final SurgeryUse use;
    private final Clock clock;

    MemberGroupSurgeryService(MemberGroups memberGroups, SurgeryUse use, Clock clock) {
        this.memberGroups = memberGroups;
        this.use = use;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public List<MemberGroupSurgeryUse> ofMemberGroups() {
        return memberGroups.list().stream()
                .filter(group -> group.link().status() == LinkStatus.ACTIVE && group.sharing().contains(SharingKind.SURGERIES)
                        && group.organisation().isPresent())
                .map(group -> {
                    var organisation = group.organisation().orElseThrow().id();
                    var booked = use.placesBookedByPeopleOf(organisation);
                    return new MemberGroupSurgeryUse(group.groupName(), use.surgeriesHostedBy(organisation),
                            use.datesToComeOf(organisation, clock.instant()), booked.places(), booked.lastBookedAt());
                })
                .sorted(Comparator.comparing(MemberGroupSurgeryUse::groupName)).toList();
    }
}
