package org.fazhi.support;

import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test database as its owner sees it: someone with database access, as the tampering tests
 * play. On PostgreSQL with a separate owner role (spring.flyway.user) that role's own connection,
 * since the application's role may not change the audit tables; otherwise the application's.
 */
public record DatabaseOwner(JdbcClient jdbc, TransactionTemplate tx) {

    public static DatabaseOwner of(Environment env, DataSource appDataSource) {
        String owner = env.getProperty("spring.flyway.user", "");
        DataSource ds = appDataSource;
        if (!owner.isBlank() && !owner.equals(env.getProperty("spring.datasource.username", ""))) {
            ds = new DriverManagerDataSource(env.getProperty("spring.flyway.url",
                    env.getProperty("spring.datasource.url", "")), owner, env.getProperty("spring.flyway.password", ""));
        }
        return new DatabaseOwner(JdbcClient.create(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }
}
