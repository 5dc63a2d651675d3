package org.sharewell.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short name in a tenant's web address, as in {@code brookfield.sharewell.org.uk}.
 *
 * <p>Always 1 to 40 lower-case letters, digits and hyphens, starting and ending with a letter or digit,
 * and never one of the names the platform keeps for itself.
 */
public record Slug(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$");
    private static final Set<String> RESERVED = Set.of(
            "www", "api", "app", "admin", "login", "signup", "mail", "static", "status", "help", "t");

    public Slug {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Reads what a person typed, forgiving capitals and surrounding spaces. */
    public static Slug parse(String text) {
        return new Slug(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** Explains in plain words why the text cannot be a slug, if it cannot. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("Enter a web address name.");
        }
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of("Use 1 to 40 lower-case letters, numbers and hyphens, "
                    + "starting and ending with a letter or number.");
        }
        if (RESERVED.contains(value)) {
            return Optional.of("'" + value + "' is kept for Sharewell itself. Choose another name.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
