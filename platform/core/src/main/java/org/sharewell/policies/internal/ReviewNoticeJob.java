package org.sharewell.policies.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.people.People;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.Documents;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the organisation's admins that a policy is due for review, 30 and 7 days before, and puts the
 * next notice on the timetable. The review date is read afresh: one moved on by a review meanwhile
 * just moves the notice too.
 */
@Component
class ReviewNoticeJob implements TimedJob {

    static final JobName NAME = JobName.of("policies.review-notice");

    private final ReviewStore reviews;
    private final Documents documents;
    private final People people;
    private final Letters letters;
    private final Timetable timetable;
    private final Clock clock;

    ReviewNoticeJob(ReviewStore reviews, Documents documents, People people, Letters letters, Timetable timetable, Clock clock) {
        this.reviews = reviews;
        this.documents = documents;
        this.people = people;
        this.letters = letters;
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    void schedule(DocumentId policy, LocalDate dueOn) {
        ReviewRules.nextNotice(dueOn, UkTime.today(clock)).ifPresent(at -> timetable.schedule(NAME, policy.value(), at));
    }

    @Override
    public void run(UUID policy) {
        run(new DocumentId(policy), UkTime.today(clock));
    }

    void run(DocumentId policy, LocalDate today) {
        var due = reviews.find(policy).orElse(null);
        if (due == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, due.dueOn());
        if (days > 0 && days <= org.sharewell.policies.Reviews.FIRST_NOTICE_DAYS) {
            String title = documents.ours(policy).title();
            for (var admin : people.admins()) {
                if (admin.email() != null) {
                    letters.send(new Letter(admin.email(), admin.fullName(), "policies/review-due", Map.of("title", title,
                            "due", UkTime.date(due.dueOn()), "days", days == 1 ? "1 day" : days + " days")));
                }
            }
        }
        ReviewRules.nextNotice(due.dueOn(), today).ifPresent(at -> timetable.schedule(NAME, policy.value(), at));
    }
}
