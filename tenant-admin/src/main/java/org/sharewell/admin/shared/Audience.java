package org.sharewell.admin.shared;

/**
 * The organisations a page is {@linkplain OfferedTo offered to}. Implementations are Spring beans
 * asking the modules' APIs about the organisation whose address is in use, each of a type of its own
 * for {@link OfferedTo} to name.
 */
@FunctionalInterface
public interface Audience {

    /**
     * Whether the current organisation is one of them. Asked only on behalf of someone whose role
     * allows the page, so it may use the module calls that role allows.
     */
    boolean includesThisOrganisation();
}
