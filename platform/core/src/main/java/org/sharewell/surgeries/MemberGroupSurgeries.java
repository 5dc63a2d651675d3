package org.sharewell.surgeries;

import java.util.List;

/**
 * An umbrella body's view of how its member groups use Social Media Surgeries: for each active member
 * group that shares it ({@code SharingKind.SURGERIES}), the surgeries it hosts and the places its people
 * have booked at any host. Never who booked: only counts. What a group does not share stays out of sight,
 * and ending the link or switching sharing off hides it at once (the database's policies decide). Admins.
 */
public interface MemberGroupSurgeries {

    /** Each sharing member group's use of surgeries, by the group's name. */
    List<MemberGroupSurgeryUse> ofMemberGroups();
}
