package org.sharewell.admin.policies;

import org.sharewell.kernel.UkTime;
import org.sharewell.policies.MemberGroupPolicy;

/** One line for a member group's adopted policy: its version and date, when it is next reviewed, and how many have read it. */
final class MemberGroupStatus {

    private MemberGroupStatus() {
    }

    static String of(MemberGroupPolicy group) {
        var adoption = group.adoption();
        if (adoption.latestVersion() == null) {
            return adoption.organisationName() + ": adopted, not published yet.";
        }
        String line = adoption.organisationName() + ": version " + adoption.latestVersion() + ", published on "
                + UkTime.date(adoption.publishedAt());
        line += group.reviewDue() == null ? "" : "; review due by " + UkTime.date(group.reviewDue());
        line += group.readers() == 0 ? "; nobody asked to read it yet"
                : "; read by " + group.acknowledged() + " of " + group.readers() + " (" + group.percentage() + "%)";
        line += adoption.versionsBehind() == 0 ? "; up to date with your version " + adoption.ourNewest()
                : "; " + adoption.versionsBehind() + " of your versions behind (it has taken in version " + adoption.tookIn() + ")";
        return line + ".";
    }
}
