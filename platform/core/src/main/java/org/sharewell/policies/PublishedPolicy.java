package org.sharewell.policies;

import org.sharewell.publishing.Version;

/** An organisation's published policy, as anyone may read it on its public page. */
public record PublishedPolicy(String organisationName, Version version) {
}
