package org.sharewell.posting.internal;

import org.sharewell.posting.Guide;
import org.sharewell.posting.Question;

import java.util.List;
import java.util.UUID;

/** A guide as the REST API shows it. */
record GuideView(UUID policy, int version, String title, String section, List<Question> questions) {

    static GuideView of(Guide guide) {
        return new GuideView(guide.policy().value(), guide.version(), guide.title(), guide.section(), guide.questions());
    }
}
