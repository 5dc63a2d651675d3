package org.sharewell.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Wires PostgreSQL in. With an external database, Spring Boot's own {@code spring.datasource.*}
 * (the application role) and {@code spring.liquibase.*} (the owner role) settings apply unchanged;
 * the embedded server only replaces them when it is switched on.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantBindingTransactionManager(dataSource);
    }

    @Bean
    ApplicationRoleCheck applicationRoleCheck(DataSource dataSource) {
        return new ApplicationRoleCheck(dataSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sharewell.database.embedded.enabled", havingValue = "true", matchIfMissing = true)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
            return EmbeddedDatabase.start(properties);
        }

        @Bean(destroyMethod = "close")
        @Primary
        HikariDataSource dataSource(EmbeddedDatabase database) {
            var pool = new HikariDataSource();
            pool.setPoolName("sharewell");
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername("sharewell_app");
            pool.setPassword(database.appPassword());
            pool.setMaximumPoolSize(10);
            return pool;
        }

        /** Liquibase runs as the owner role; the application itself never connects as it. */
        @Bean(defaultCandidate = false)
        @LiquibaseDataSource
        DataSource liquibaseDataSource(EmbeddedDatabase database) {
            var owner = new SimpleDriverDataSource();
            owner.setDriverClass(org.postgresql.Driver.class);
            owner.setUrl(database.jdbcUrl());
            owner.setUsername("sharewell_owner");
            owner.setPassword(database.ownerPassword());
            return owner;
        }
    }
}
