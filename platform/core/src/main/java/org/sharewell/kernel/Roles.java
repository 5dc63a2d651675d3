package org.sharewell.kernel;

/**
 * The one spelling of every role a login can hold, and of the rules built from them that the
 * modules' method security uses. A person's key roles (in the people module) grant the first
 * four; {@link #SHAREWELL} is held only by {@link AutomaticWork}.
 *
 * <p>Constants rather than an enum, because annotations ({@code @PreAuthorize}, {@code @RolesAllowed})
 * take only compile-time constants.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CHAMPION = "CHAMPION";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String TECHNICAL_SUPPORT = "TECHNICAL_SUPPORT";
    /** Sharewell itself, doing scheduled work with nobody signed in. */
    public static final String SHAREWELL = "SHAREWELL";

    /** Spring Security's prefix: a role {@code ADMIN} is the authority {@code ROLE_ADMIN}. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String ADMINS = "hasRole('" + ADMIN + "')";
    public static final String COORDINATORS = "hasRole('" + COORDINATOR + "')";
    /** Admins, and Sharewell's own work on an organisation's behalf (the operator's templates on first start). */
    public static final String ADMINS_AND_SHAREWELL = "hasAnyRole('" + ADMIN + "', '" + SHAREWELL + "')";
    public static final String ADMINS_AND_COORDINATORS = "hasAnyRole('" + ADMIN + "', '" + COORDINATOR + "')";
    public static final String CHAMPIONS_AND_ADMINS = "hasAnyRole('" + CHAMPION + "', '" + ADMIN + "')";
    /** Those who look after people: they may look anyone in the organisation up. */
    public static final String PEOPLE_KEEPERS = "hasAnyRole('" + ADMIN + "', '" + CHAMPION + "', '" + COORDINATOR + "')";
    /** {@link #PEOPLE_KEEPERS}, and Sharewell's own scheduled work, which writes to people. */
    public static final String PEOPLE_KEEPERS_AND_SHAREWELL = "hasAnyRole('" + ADMIN + "', '" + CHAMPION + "', '"
            + COORDINATOR + "', '" + SHAREWELL + "')";

    private Roles() {
    }

    /** The Spring Security authority for a role. */
    public static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }
}
