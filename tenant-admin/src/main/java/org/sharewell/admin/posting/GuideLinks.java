package org.sharewell.admin.posting;

import com.vaadin.flow.router.QueryParameters;
import org.sharewell.posting.Walk;

import java.util.Map;

/** The address of a walk through the guide: the policy, its version and the answers, so that each step can be shared. */
final class GuideLinks {

    static final String ROUTE = "can-i-post";

    private GuideLinks() {
    }

    static QueryParameters of(Walk walk, String path) {
        return QueryParameters.simple(Map.of("policy", walk.guide().policy().toString(),
                "version", Integer.toString(walk.guide().version()), "path", path));
    }

    /** The same, as the part of an address after the organisation's home. */
    static String relative(Walk walk) {
        return ROUTE + "?" + of(walk, walk.path()).getQueryString();
    }
}
