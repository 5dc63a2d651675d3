package org.sharewell.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ApplicationRoleCheckTests {

    @Autowired
    HikariDataSource applicationPool;

    @Test
    void theApplicationRolePasses() {
        assertThatCode(() -> new ApplicationRoleCheck(applicationPool).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aSuperuserIsRefused() {
        var superuser = new SimpleDriverDataSource(new org.postgresql.Driver(), applicationPool.getJdbcUrl(), "postgres", "");
        assertThatThrownBy(() -> new ApplicationRoleCheck(superuser).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can bypass row-level security");
    }
}
