package org.sharewell.policies;

import org.sharewell.publishing.DocumentId;

import java.util.List;

/**
 * An umbrella body's view of the policies its member groups adopted from one of its templates: for
 * each group that shares its policy with it ({@code SharingKind.POLICY}), the version it has
 * published, when it is next reviewed and how many of its people have read it. What a group does not
 * share stays out of sight, and ending the link hides it at once (the database's policies decide).
 */
public interface MemberGroupPolicies {

    /**
     * Each such member group's policy, by the group's name. Admins.
     *
     * @throws org.sharewell.kernel.NotFound if the template is not one of ours
     */
    List<MemberGroupPolicy> adoptedFrom(DocumentId template);
}
