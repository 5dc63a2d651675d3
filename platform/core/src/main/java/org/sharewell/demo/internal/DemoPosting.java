package org.sharewell.demo.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.CheckStatus;
import org.sharewell.posting.NewCheckRequest;
import org.sharewell.posting.PostingGuide;
import org.sharewell.tenancy.TenantId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * The demo world's questions about posts: Ollie, a volunteer at Brookfield, asked "can I post this?"
 * about two posts his answers said to check first. Sam, the communications contact, has answered one;
 * the other is waiting.
 */
@Component
class DemoPosting {

    private final DemoActors actors;
    private final PostingGuide guide;
    private final CheckRequests requests;
    private final Clock clock;

    DemoPosting(DemoActors actors, PostingGuide guide, CheckRequests requests, Clock clock) {
        this.actors = actors;
        this.guide = guide;
        this.requests = requests;
        this.clock = clock;
    }

    void askAndAnswer(TenantId cvs) {
        var today = UkTime.today(clock);
        var asked = new org.sharewell.posting.CheckRequest[1];
        actors.as(cvs, "volunteer@brookfield-cvs.example", () -> {
            var policy = guide.newest().orElseThrow();
            asked[0] = requests.ask(new NewCheckRequest(policy.policy(), policy.version(), List.of(2, 2, 2),
                    "Thank you to everyone who came to our funding fair! Here are some photos of the day. [Three photos of "
                            + "the hall, with the stalls and people talking.]", "Facebook", "Brookfield CVS Facebook page",
                    today.plusDays(1)));
            requests.ask(new NewCheckRequest(policy.policy(), policy.version(), List.of(2, 2, 1),
                    "Five tips for a strong password: use three random words, never reuse one, and turn on two-step sign-in.",
                    "Instagram", "@brookfieldcvs", today.plusDays(3)));
        });
        actors.as(cvs, "champion@brookfield-cvs.example", () -> requests.answer(asked[0].id(), CheckStatus.APPROVED,
                "Lovely. Everyone in the photos agreed, so post it, and describe each photo for people who cannot see it."));
    }
}
