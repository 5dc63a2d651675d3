package org.sharewell.database.internal;

import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds every transaction to the tenant of the work in progress, so that PostgreSQL's row-level
 * security policies can do the isolating.
 *
 * <p>Why it is done here, like this:
 * <ul>
 *   <li>Inside the transaction, with {@code set_config(..., true)}: the setting is local to the
 *       transaction and vanishes at commit or rollback, so a pooled connection can never carry one
 *       tenant into the next borrower's work. A session-level {@code SET} would.</li>
 *   <li>As a bind parameter: the tenant id never becomes part of the SQL text.</li>
 *   <li>Failing closed: with no tenant in scope the setting is explicitly emptied, which the policies
 *       read as NULL, so nothing tenant-owned is visible and every tenant-owned write is rejected.</li>
 *   <li>The tenant comes from {@link TenantScope}, which the platform fills from the authenticated
 *       request or, for asynchronous work, from the tenant id the event carries; never from a header.</li>
 * </ul>
 */
class TenantBindingTransactionManager extends JdbcTransactionManager {

    TenantBindingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantScope.current().map(TenantId::toString).orElse("");
        try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.execute();
        }
    }
}
