package org.sharewell.policies;

import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.Version;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person's emailed link shows.
 *
 * @param changes what changed since the version they last acknowledged, line by line; empty if they
 *                never acknowledged one before
 */
public record LinkedPolicy(String organisationName, String personName, Version version, LocalDate dueOn,
                           List<Comparison.Row> changes, int sinceVersion) {
}
