package org.sharewell.demo.internal;

import org.sharewell.accounts.Accounts;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

/** The demo world does what its people would do, signed in as each of them. */
@Component
class DemoActors {

    private final Accounts accounts;

    DemoActors(Accounts accounts) {
        this.accounts = accounts;
    }

    /** As the login, or as Sharewell itself where it does not exist (an operator whose admin came from configuration). */
    void as(TenantId tenant, String email, Runnable work) {
        TenantScope.runAs(tenant, () -> accounts.findByEmail(email).ifPresentOrElse(login -> accounts.actAs(login.id(), work),
                () -> AutomaticWork.run(work)));
    }
}
