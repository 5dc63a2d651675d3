package org.sharewell.tenancy;

import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tenant registry. Readable by anyone (names and addresses are public); registration must run
 * inside a transaction bound to the new tenant's id, so that the tenant's first rows elsewhere can be
 * written in the same transaction.
 */
public interface Tenants {

    Optional<Tenant> findBySlug(Slug slug);

    Optional<Tenant> findById(TenantId id);

    /** The registered organisations among these ids, in one query; unknown ids are left out. */
    Map<TenantId, Tenant> findAll(Collection<TenantId> ids);

    /**
     * The id of every registered organisation, oldest first. For platform work that must visit each
     * tenant in turn, binding each one explicitly (row-level security shows a tenant's rows only then).
     */
    List<TenantId> allIds();

    /**
     * Platform work that visits every organisation in turn, such as a scheduled job: runs the visit
     * once per tenant, oldest first, with that tenant bound to it ({@link TenantScope}). A tenant
     * whose visit throws is logged and skipped, so that one organisation's trouble never holds up
     * the others; the next round tries it again. The visit starts its own transactions.
     *
     * @param work  what the visit does, for the log, such as "send the email"
     * @param visit the work for one tenant, given its id
     */
    default void visitEach(String work, Consumer<TenantId> visit) {
        for (TenantId tenant : allIds()) {
            try {
                TenantScope.runAs(tenant, () -> visit.accept(tenant));
            } catch (RuntimeException failure) {
                LoggerFactory.getLogger(Tenants.class)
                        .warn("Could not {} of tenant {}; trying again next round", work, tenant, failure);
            }
        }
    }

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
