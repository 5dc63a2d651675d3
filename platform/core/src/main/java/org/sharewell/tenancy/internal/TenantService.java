package org.sharewell.tenancy.internal;

import org.jooq.exception.IntegrityConstraintViolationException;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.SlugTaken;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantRegistered;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant registry; see {@link Tenants} for the contract. Lookups run outside a transaction on
 * purpose: the registry is readable without a tenant bound, and the lookup of every request's
 * organisation should cost one query, not a transaction around it.
 */
@Service
class TenantService implements Tenants {

    private final TenantStore store;
    private final ApplicationEventPublisher events;

    TenantService(TenantStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public Optional<Tenant> findBySlug(Slug slug) {
        return store.findBySlug(slug);
    }

    @Override
    public List<Tenant> findByName(String words) {
        String typed = words == null ? "" : words.strip();
        return typed.length() < 3 || org.sharewell.kernel.InputText.hasControlCharacter(typed) ? List.of()
                : store.findByName(typed, MOST_FOUND);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return store.findById(id);
    }

    @Override
    public Optional<Tenant> operator() {
        return store.findOperator();
    }

    @Override
    public Map<TenantId, Tenant> findAll(Collection<TenantId> ids) {
        return store.findAll(ids);
    }

    @Override
    public boolean isTaken(Slug slug) {
        return store.isTaken(slug);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant register(TenantId id, Slug slug, String name, TenantKind kind) {
        Tenants.problemWithName(name).ifPresent(problem -> {
            throw InvalidInput.of("name", problem);
        });
        try {
            var tenant = store.insert(id, slug, name.strip(), kind);
            events.publishEvent(new TenantRegistered(tenant.id(), tenant.slug(), tenant.name(), tenant.kind()));
            return tenant;
        } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
            // Checked first by the caller, but two sign-ups can race for the same name.
            throw new SlugTaken(slug);
        }
    }
}
