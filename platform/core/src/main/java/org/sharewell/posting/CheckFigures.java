package org.sharewell.posting;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * How many check requests were sent in the last {@code days} days, and how fast they were answered.
 *
 * @param waiting        asked and not yet answered
 * @param late           of those waiting, how many are past their deadline
 * @param medianAnswer   half were answered faster than this; null when none was answered
 * @param byDeadline     answered on or before their deadline
 */
public record CheckFigures(int days, int asked, int answered, int waiting, int late, @Nullable Duration medianAnswer,
                           int byDeadline) {
}
