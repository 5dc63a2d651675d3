package org.sharewell.posting.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.posting.CheckFigures;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckRequestId;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.CheckStatus;
import org.sharewell.posting.NewCheckRequest;
import org.sharewell.posting.PostingEvent.CheckAnswered;
import org.sharewell.posting.PostingEvent.CheckAsked;
import org.sharewell.posting.PostingGuide;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Placeholder;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/** Sending a draft post to the communications contact, and their answer; see {@link CheckRequests}. */
@Service
@Transactional
class CheckRequestService implements CheckRequests {

    static final String LINK_NO_LONGER_WORKS = "This link no longer works. The question may have been answered already, "
            + "or the link has expired. Sign in to see the question and its answer.";
    static final String NO_SUCH_REQUEST = "There is no such question about a post.";

    /** How long the contact's link works after the deadline: an answer a little late still helps. */
    static final Duration LINK_AFTER_DEADLINE = Duration.ofDays(14);

    private final CheckRequestStore requests;
    private final PostingGuide guide;
    private final Documents documents;
    private final People people;
    private final PostingEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckRequestService(CheckRequestStore requests, PostingGuide guide, Documents documents, People people,
                        PostingEmails emails, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.guide = guide;
        this.documents = documents;
        this.people = people;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    public CheckRequest ask(NewCheckRequest request) {
        var walk = guide.walk(request.policy(), request.version(), request.path());
        CheckRequestRules.check(request, walk, UkTime.today(clock));
        var me = people.me().filter(person -> person.email() != null).orElseThrow(() -> new Conflict(
                "Your login is not one of your organisation's people with an email address, so an answer could not reach "
                        + "you. Ask an admin to add you."));
        var answers = documents.answers();
        String contactEmail = answers.get(Placeholder.COMMUNICATIONS_EMAIL);
        if (contactEmail == null) {
            throw new Conflict("Your organisation has not said who checks posts. Ask an admin to give the communications "
                    + "contact's email address with the policy's other answers.");
        }
        String contactName = answers.getOrDefault(Placeholder.COMMUNICATIONS_CONTACT, "The communications contact");
        var now = clock.instant();
        var id = new CheckRequestId(UUID.randomUUID());
        String token = SecretTokens.newToken();
        var expires = UkTime.startOf(request.deadline().plusDays(1)).plus(LINK_AFTER_DEADLINE);
        requests.insert(id.value(), request.policy(), request.version(), walk.path(), walk.end().label(),
                request.draft().strip(), request.platform().strip(), request.account().strip(), request.deadline(),
                me.id(), me.fullName(), me.email(), contactName, contactEmail, SecretTokens.hash(token), expires, now);
        var asked = requests.find(id, false).orElseThrow().request();
        emails.checkPlease(contactEmail, asked, token, expires);
        events.publishEvent(new CheckAsked(TenantScope.required(), id, asked.platform(), contactName, Actor.current()));
        return asked;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<CheckRequest> mine(PageRequest page) {
        return people.me().map(me -> requests.byRequester(me.id(), page)).orElse(Page.of(java.util.List.of(), 0, page));
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public Page<CheckRequest> search(String words, @Nullable CheckStatus status, PageRequest page) {
        var each = words == null ? java.util.List.<String>of()
                : Arrays.stream(words.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .map(word -> word.length() > 50 ? word.substring(0, 50) : word).limit(10).toList();
        return requests.search(each, status, page);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public CheckRequest find(CheckRequestId request) {
        var me = people.me();
        var found = requests.find(request, false).orElseThrow(() -> new NotFound(NO_SUCH_REQUEST));
        boolean mayRead = me.map(person -> person.id().equals(found.requester()) || answers(person)).orElse(false);
        if (!mayRead) {
            throw new NotFound(NO_SUCH_REQUEST);
        }
        return found.request();
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public CheckRequest answer(CheckRequestId request, CheckStatus answer, String note) {
        var found = requests.find(request, true).orElseThrow(() -> new NotFound(NO_SUCH_REQUEST));
        return answered(found, answer, note, Actor.current().name(), Actor.current());
    }

    @Override
    @Transactional(readOnly = true)
    public CheckRequest byLink(String token) {
        return requests.byLink(SecretTokens.hash(token), clock.instant(), false)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS)).request();
    }

    @Override
    public CheckRequest answerByLink(String token, CheckStatus answer, String note) {
        var found = requests.byLink(SecretTokens.hash(token), clock.instant(), true)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        String contact = found.request().contactName();
        return answered(found, answer, note, contact + " (by the emailed link)", new Actor(null, contact + " (by the emailed link)"));
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public CheckFigures figures() {
        var today = UkTime.today(clock);
        return requests.figures(FIGURES_DAYS, UkTime.startOf(today.minusDays(FIGURES_DAYS)), today);
    }

    private CheckRequest answered(CheckRequestStore.Stored found, CheckStatus answer, String note, String by, Actor actor) {
        String tidy = CheckRequestRules.answer(answer, note);
        if (found.request().status().answered()) {
            var earlier = found.request();
            throw new Conflict("This was answered already: " + earlier.status().description().toLowerCase(java.util.Locale.UK)
                    + ", by " + earlier.answeredBy() + " on " + UkTime.date(earlier.answeredAt()) + ".");
        }
        requests.answer(found.request().id(), answer, tidy, by, clock.instant());
        var done = requests.find(found.request().id(), false).orElseThrow().request();
        emails.answered(found.requesterEmail(), done);
        events.publishEvent(new CheckAnswered(TenantScope.required(), done.id(), done.platform(), answer, done.requesterName(),
                actor));
        return done;
    }

    private static boolean answers(Person person) {
        return person.holds(KeyRole.TENANT_ADMIN) || person.holds(KeyRole.CHAMPION);
    }
}
