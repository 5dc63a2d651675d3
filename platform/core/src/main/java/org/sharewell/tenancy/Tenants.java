package org.sharewell.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant registry. Readable by anyone (names and addresses are public); registration must run
 * inside a transaction bound to the new tenant's id, so that the tenant's first rows elsewhere can be
 * written in the same transaction.
 */
public interface Tenants {

    Optional<Tenant> findBySlug(Slug slug);

    Optional<Tenant> findById(TenantId id);

    /**
     * The Sharewell operator: the one organisation of kind {@link TenantKind#OPERATOR}, which publishes
     * to every organisation. Made on first start; empty only before then.
     */
    Optional<Tenant> operator();

    /** The registered organisations among these ids, in one query; unknown ids are left out. */
    Map<TenantId, Tenant> findAll(Collection<TenantId> ids);

    /**
     * The organisations whose names contain the words, ignoring case, as a person looking for theirs
     * would type it: at most {@value #MOST_FOUND}, by name. Names and addresses are public on Sharewell
     * (each organisation's page shows them), so anyone may ask. Fewer than three characters find nothing.
     */
    List<Tenant> findByName(String words);

    int MOST_FOUND = 10;

    /** Whether an organisation already uses this address. */
    boolean isTaken(Slug slug);

    /**
     * Adds an organisation to the registry and publishes {@link TenantRegistered}.
     *
     * @throws SlugTaken if another organisation uses the address, even one registered concurrently
     * @throws IllegalArgumentException if the name is not 2 to 120 characters
     */
    Tenant register(TenantId id, Slug slug, String name, TenantKind kind);

    /** Explains in plain words why the text cannot be an organisation's name, if it cannot. */
    static Optional<String> problemWithName(String name) {
        if (name == null || name.strip().length() < 2) {
            return Optional.of("Enter your organisation's name.");
        }
        if (name.strip().length() > 120) {
            return Optional.of("Use at most 120 characters for the name.");
        }
        return Optional.empty();
    }
}
