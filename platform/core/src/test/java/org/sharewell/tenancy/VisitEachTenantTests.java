package org.sharewell.tenancy;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled work visits every tenant with that tenant bound, and one tenant's failure stops nobody else's. */
@IntegrationTest
class VisitEachTenantTests {

    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void eachTenantIsVisitedBoundAndAFailureIsSkipped() {
        TenantId troubled = register("troubled");
        TenantId fine = register("fine");
        List<TenantId> visited = new ArrayList<>();

        tenants.visitEach("test the visits", tenant -> {
            assertThat(TenantScope.required()).isEqualTo(tenant);
            if (tenant.equals(troubled)) {
                throw new IllegalStateException("The troubled tenant's work fails");
            }
            visited.add(tenant);
        });

        assertThat(visited).contains(fine).doesNotContain(troubled);
        assertThat(visited).hasSize(tenants.allIds().size() - 1);
        assertThat(TenantScope.current()).as("nothing stays bound afterwards").isEmpty();
    }

    private TenantId register(String name) {
        TenantId id = TenantId.random();
        Slug slug = new Slug(name + "-" + id.toString().substring(0, 8));
        TenantScope.runAs(id, () -> transaction.executeWithoutResult(
                status -> tenants.register(id, slug, "The " + name + " group", TenantKind.LOCAL_GROUP)));
        return id;
    }
}
