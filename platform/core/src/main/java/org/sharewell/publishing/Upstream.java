package org.sharewell.publishing;

import java.util.List;

/**
 * What the document an organisation adopted has changed since the version it last took in.
 *
 * @param base    the upstream version the adopter's text has taken in
 * @param newest  the upstream's newest version; equal to {@code base} when there is nothing new
 * @param amendments each change from {@code base} to {@code newest}, in the order of the text
 */
public record Upstream(DocumentRef source, String publisherName, String title, int base, int newest,
                       List<Amendment> amendments) {

    public boolean isUpToDate() {
        return base == newest;
    }

    /** Whether any change touches text the adopter has changed too: a person must decide those. */
    public boolean hasConflicts() {
        return amendments.stream().anyMatch(Amendment::conflict);
    }

    /**
     * One upstream change, an amendment the adopter may take, edit or decline.
     *
     * @param number   its number, from 1, as decisions name it
     * @param before   the upstream text before the change (empty for an addition)
     * @param after    the upstream text after it (empty for a removal)
     * @param mine     the adopter's own text in the same place, where it differs from {@code before}
     * @param conflict whether the adopter changed the same text: taking it would replace their wording
     */
    public record Amendment(int number, String before, String after, String mine, boolean conflict) {
    }

    /**
     * A person's decision on one amendment.
     *
     * @param text   the wording to use instead, for {@link Decision#EDITED}
     * @param reason why, required for {@link Decision#DECLINED}
     */
    public record Choice(int amendment, Decision decision, @org.jspecify.annotations.Nullable String text,
                         @org.jspecify.annotations.Nullable String reason) {
    }
}
