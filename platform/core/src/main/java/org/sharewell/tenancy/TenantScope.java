package org.sharewell.tenancy;

import java.util.Optional;

/**
 * Which tenant the work in progress is for.
 *
 * <p>The platform binds it once per request (from the tenant the gateway resolved and the signed-in
 * person belongs to), and asynchronous work binds it from the tenant id its event carries. Every
 * database transaction started inside the scope is bound to that tenant; outside any scope nothing
 * tenant-owned can be read or written. A {@link ScopedValue} rather than a ThreadLocal: it cannot leak
 * into later work on a pooled thread, and it is inherited by structured child tasks only.
 */
public final class TenantScope {

    private static final ScopedValue<TenantId> CURRENT = ScopedValue.newInstance();

    private TenantScope() {
    }

    /** The tenant bound to the current work, if any. */
    public static Optional<TenantId> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /** The tenant bound to the current work; fails if the work is not for a tenant. */
    public static TenantId required() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant is bound to this work"));
    }

    /** Runs the work for the given tenant. */
    public static void runAs(TenantId tenant, Runnable work) {
        ScopedValue.where(CURRENT, tenant).run(work);
    }

    /** Runs the work for the given tenant and returns its result, passing on what it throws. */
    public static <T, X extends Throwable> T callAs(TenantId tenant, ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, tenant).call(work);
    }
}
