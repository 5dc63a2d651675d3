package org.sharewell.policies.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.PoliciesEvent.PolicyReviewed;
import org.sharewell.policies.Review;
import org.sharewell.policies.Reviews;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Placeholder;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Policy reviews; see {@link Reviews}. */
@Service
@Transactional
class ReviewService implements Reviews {

    private static final String NOT_PUBLISHED = "This policy has no published version yet, so there is nothing to review.";

    private final ReviewStore reviews;
    private final Documents documents;
    private final ReviewNoticeJob notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewStore reviews, Documents documents, ReviewNoticeJob notices, ApplicationEventPublisher events,
                  Clock clock) {
        this.reviews = reviews;
        this.documents = documents;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Review> of(DocumentId policy) {
        var title = documents.ours(policy).title();
        return reviews.find(policy).map(due -> review(due, title));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Review reviewedWithoutChange(DocumentId policy, String note) {
        var document = documents.ours(policy);
        var due = reviews.find(policy).orElseThrow(() -> new NotFound(NOT_PUBLISHED));
        String tidied = ReviewRules.note(note);
        var today = UkTime.today(clock);
        reviews.reviewed(policy, document.latestVersion(), Actor.current().name(), clock.instant(), tidied);
        var next = today.plusMonths(due.periodMonths());
        restart(policy, due.periodMonths(), next);
        events.publishEvent(new PolicyReviewed(TenantScope.required(), policy, document.title(), next, tidied, Actor.current()));
        return of(policy).orElseThrow();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Review changePeriod(DocumentId policy, int months) {
        documents.ours(policy);
        var due = reviews.find(policy).orElseThrow(() -> new NotFound(NOT_PUBLISHED));
        int period = ReviewRules.period(months);
        restart(policy, period, due.dueOn().minusMonths(due.periodMonths()).plusMonths(period));
        return of(policy).orElseThrow();
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Review> overdue() {
        return reviews.dueBy(UkTime.today(clock)).stream().map(due -> review(due, documents.ours(due.policy()).title())).toList();
    }

    /** A substantive version of a policy restarts its review clock: in the publishing transaction, by its publisher. */
    void published(DocumentId policy) {
        int period = reviews.find(policy).map(ReviewStore.Due::periodMonths)
                .orElseGet(() -> ReviewRules.periodFrom(documents.answers().get(Placeholder.REVIEW_MONTHS)));
        restart(policy, period, UkTime.today(clock).plusMonths(period));
    }

    private void restart(DocumentId policy, int period, LocalDate dueOn) {
        reviews.put(policy, period, dueOn);
        notices.schedule(policy, dueOn);
    }

    private Review review(ReviewStore.Due due, String title) {
        var today = UkTime.today(clock);
        return reviews.lastReviewed(due, title, today).orElse(new Review(due.policy(), title, due.periodMonths(), due.dueOn(),
                due.dueOn().isBefore(today), null, null, null));
    }
}
