package org.sharewell.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A pool of exactly one connection, so every transaction below runs on the same physical connection. */
@IntegrationTest
class ConnectionReuseTests {

    @Autowired
    HikariDataSource applicationPool;

    @Test
    void aReusedConnectionNeverCarriesOneTenantIntoTheNextTransaction() {
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(applicationPool.getJdbcUrl());
            pool.setUsername(applicationPool.getUsername());
            pool.setPassword(applicationPool.getPassword());
            pool.setMaximumPoolSize(1);
            var transaction = new TransactionTemplate(new TenantBindingTransactionManager(pool));
            var jdbc = new JdbcTemplate(pool);
            TenantId first = TenantId.random();
            TenantId second = TenantId.random();
            Set<Integer> backends = new HashSet<>();

            for (int round = 0; round < 10; round++) {
                String inFirst = TenantScope.callAs(first, () -> transaction.execute(status -> setting(jdbc, backends)));
                String unbound = transaction.execute(status -> setting(jdbc, backends));
                String outside = setting(jdbc, backends);
                String inSecond = TenantScope.callAs(second, () -> transaction.execute(status -> setting(jdbc, backends)));

                assertThat(inFirst).isEqualTo(first.toString());
                assertThat(unbound).as("no tenant in scope").isEmpty();
                assertThat(outside).as("after the transaction ended").isEmpty();
                assertThat(inSecond).isEqualTo(second.toString());
            }
            assertThat(backends).as("one physical connection throughout").hasSize(1);
        }
    }

    private static String setting(JdbcTemplate jdbc, Set<Integer> backends) {
        backends.add(jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class));
        return jdbc.queryForObject("SELECT coalesce(current_setting('app.tenant_id', true), '')", String.class);
    }
}
