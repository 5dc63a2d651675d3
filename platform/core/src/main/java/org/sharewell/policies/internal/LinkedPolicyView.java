package org.sharewell.policies.internal;

import org.sharewell.policies.LinkedPolicy;
import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.Markdown;

import java.time.LocalDate;
import java.util.List;

/** What an emailed link shows, as the REST API shows it; the changes are only the lines that changed. */
record LinkedPolicyView(String organisationName, String personName, String title, int version, LocalDate dueOn, String html,
                        int sinceVersion, List<Comparison.Row> changes) {

    static LinkedPolicyView of(LinkedPolicy linked) {
        return new LinkedPolicyView(linked.organisationName(), linked.personName(), linked.version().title(),
                linked.version().number(), linked.dueOn(), Markdown.toSafeHtml(linked.version().filled()), linked.sinceVersion(),
                linked.changes().stream().filter(row -> row.kind() != Comparison.Kind.SAME).toList());
    }
}
