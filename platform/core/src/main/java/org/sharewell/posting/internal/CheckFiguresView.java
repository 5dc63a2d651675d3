package org.sharewell.posting.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.posting.CheckFigures;

/** The figures as the REST API shows them: the median time to answer in whole minutes. */
record CheckFiguresView(int days, int asked, int answered, int waiting, int late, @Nullable Long medianMinutesToAnswer,
                        int answeredByDeadline) {

    static CheckFiguresView of(CheckFigures figures) {
        return new CheckFiguresView(figures.days(), figures.asked(), figures.answered(), figures.waiting(), figures.late(),
                figures.medianAnswer() == null ? null : figures.medianAnswer().toMinutes(), figures.byDeadline());
    }
}
