package org.sharewell.policies.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.policies.MemberGroupPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member group's adopted policy and how it stands, as the REST API shows it. */
record MemberGroupPolicyView(String organisationName, UUID organisation, UUID policy, String title,
                             @Nullable Integer latestVersion, @Nullable Instant publishedAt, int versionsBehind,
                             @Nullable LocalDate reviewDue, @Nullable Integer askedVersion, int acknowledged, int readers,
                             int percentage) {

    static MemberGroupPolicyView of(MemberGroupPolicy group) {
        var adoption = group.adoption();
        return new MemberGroupPolicyView(adoption.organisationName(), adoption.document().publisher().value(),
                adoption.document().id().value(), adoption.title(), adoption.latestVersion(), adoption.publishedAt(),
                adoption.versionsBehind(), group.reviewDue(), group.askedVersion(), group.acknowledged(), group.readers(),
                group.percentage());
    }
}
