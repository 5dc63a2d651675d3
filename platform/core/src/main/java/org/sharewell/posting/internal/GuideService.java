package org.sharewell.posting.internal;

import org.sharewell.kernel.NotFound;
import org.sharewell.posting.Guide;
import org.sharewell.posting.PostingGuide;
import org.sharewell.posting.Walk;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.PublishedDocuments;
import org.sharewell.publishing.Version;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The guide read out of the organisation's published policies; see {@link PostingGuide}. */
@Service
@Transactional(readOnly = true)
class GuideService implements PostingGuide {

    static final String NO_GUIDE = "There is no such \"can I post this?\" guide here. Your organisation may not have "
            + "published its social media policy yet.";

    private final PublishedDocuments published;

    GuideService(PublishedDocuments published) {
        this.published = published;
    }

    @Override
    public Optional<Guide> newest() {
        return published.newestOwn(DocumentKind.POLICY).stream().flatMap(version -> guideOf(version).stream()).findFirst();
    }

    @Override
    public Walk walk(DocumentId policy, int version, List<Integer> path) {
        var guide = published.version(policy, version).flatMap(GuideService::guideOf).orElseThrow(() -> new NotFound(NO_GUIDE));
        int newest = published.newest(policy).map(Version::number).orElse(version);
        return GuideRules.walk(guide, path, newest);
    }

    /** A version published with questions that cannot be followed (before they were checked) has no guide. */
    private static Optional<Guide> guideOf(Version version) {
        return GuideRules.read(version.filled()).filter(reading -> reading.problems().isEmpty())
                .map(reading -> new Guide(version.document().id(), version.number(), version.title(), reading.section(),
                        reading.questions()));
    }
}
