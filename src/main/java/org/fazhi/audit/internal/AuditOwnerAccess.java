package org.fazhi.audit.internal;

import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit tables with the schema owner's rights, for the one operation the application's own
 * role may not do: the retention purge deletes entries (SECURITY.md AUD-03, AUD-05). When Flyway
 * migrates as a separate owner ({@code spring.flyway.user}, as on PostgreSQL in production and CI)
 * the purge connects as that owner; otherwise (the embedded database, or one role for both) it uses
 * the application's data source.
 */
@Component
class AuditOwnerAccess {

    private final TransactionTemplate tx;
    private final AuditStore store;

    AuditOwnerAccess(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${spring.datasource.url:}") String appUrl,
            @Value("${spring.datasource.username:}") String appUser,
            @Value("${spring.flyway.url:}") String ownerUrl,
            @Value("${spring.flyway.user:}") String ownerUser,
            @Value("${spring.flyway.password:}") String ownerPassword) {
        if (ownerUser.isBlank() || ownerUser.equals(appUser)) {
            this.store = new AuditStore(JdbcClient.create(dataSource));
            this.tx = new TransactionTemplate(transactions);
        } else {
            DataSource owner = new DriverManagerDataSource(ownerUrl.isBlank() ? appUrl : ownerUrl, ownerUser,
                    ownerPassword);
            this.store = new AuditStore(JdbcClient.create(owner));
            this.tx = new TransactionTemplate(new DataSourceTransactionManager(owner));
        }
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code work} in a transaction of its own on the owner's connection. */
    <T> T inTransaction(Function<AuditStore, T> work) {
        return tx.execute(s -> work.apply(store));
    }
}
