package org.sharewell.publishing.internal;

import org.sharewell.publishing.Comparison;

import java.util.List;
import java.util.UUID;

/** Two versions side by side, as the REST API shows them. */
record ComparisonView(UUID publisher, UUID document, int from, int to, List<Comparison.Row> rows) {

    static ComparisonView of(Comparison comparison) {
        return new ComparisonView(comparison.document().publisher().value(), comparison.document().id().value(),
                comparison.from(), comparison.to(), comparison.rows());
    }
}
