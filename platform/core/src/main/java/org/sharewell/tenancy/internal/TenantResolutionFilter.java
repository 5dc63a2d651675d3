package org.sharewell.tenancy.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.Tenants;
import org.sharewell.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Binds each request to the tenant whose address it was sent to.
 *
 * <p>The gateway works the tenant out from the host name or the {@code /t/{slug}} path, removes
 * anything a client sent in {@value #TENANT_HEADER}, and puts its own answer there. That answer
 * only says which organisation's door is being knocked on: it grants nothing. What a request may
 * see is decided by the signed-in person's own tenant, which must match (see the accounts module),
 * and by row-level security in the database.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    static final String TENANT_HEADER = "X-Sharewell-Tenant";
    /** Request attribute holding the resolved {@link Tenant}, for views that show its name. */
    static final String TENANT_ATTRIBUTE = Tenant.class.getName();

    private final Tenants tenants;
    // Tenants are never renamed or removed at their address, so a short cache cannot go wrong;
    // unknown addresses are not cached, so a new sign-up works at once.
    private final Cache<Slug, Tenant> known = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    private final TenantAddresses addresses;

    TenantResolutionFilter(Tenants tenants, TenantAddresses addresses) {
        this.tenants = tenants;
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(TENANT_HEADER);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = Slug.problemWith(header).isEmpty() ? lookUp(new Slug(header)) : Optional.empty();
        if (tenant.isEmpty()) {
            var waysOn = new java.util.LinkedHashMap<String, java.net.URI>();
            waysOn.put("Find your organisation on Sharewell", addresses.platformHome().resolve("login"));
            waysOn.put("Bring your organisation to Sharewell", addresses.platformHome().resolve("signup"));
            ProblemResponses.writeWithWaysOn(request, response, HttpStatus.NOT_FOUND, "Organisation not found",
                    "No organisation on Sharewell uses the address '" + header
                            + "'. Check the web address, or sign up to create it.", waysOn);
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        try {
            TenantScope.<Void, Exception>callAs(tenant.get().id(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private Optional<Tenant> lookUp(Slug slug) {
        Tenant cached = known.getIfPresent(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Tenant> found = tenants.findBySlug(slug);
        found.ifPresent(tenant -> known.put(slug, tenant));
        return found;
    }
}
