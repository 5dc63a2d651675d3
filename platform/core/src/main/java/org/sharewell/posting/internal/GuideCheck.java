package org.sharewell.posting.internal;

import org.sharewell.publishing.DocumentCheck;
import org.sharewell.publishing.DocumentKind;
import org.springframework.stereotype.Component;

import java.util.Map;

/** A policy whose questions the guide could not follow is not published: the admin is told what to correct. */
@Component
class GuideCheck implements DocumentCheck {

    @Override
    public Map<String, String> problemsWith(DocumentKind kind, String filled) {
        if (kind != DocumentKind.POLICY) {
            return Map.of();
        }
        return GuideRules.read(filled).map(GuideRules.Reading::problems).orElse(Map.of());
    }
}
