package org.sharewell.tenancy;

import org.sharewell.kernel.Conflict;

/** Another organisation already uses the web address name. */
public class SlugTaken extends Conflict {

    private final Slug slug;

    public SlugTaken(Slug slug) {
        super("The web address name '" + slug + "' is already taken. Choose another.");
        this.slug = slug;
    }

    public Slug slug() {
        return slug;
    }
}
