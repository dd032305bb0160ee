package org.fazhi.support;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A database of its own for a test whose work is global and would change what other tests of the
 * shared context read (the audit retention purge removes every older entry). Of the same kind as the
 * test database: a fresh in-memory H2, or on PostgreSQL a fresh schema of the test database, created
 * and migrated by Flyway with the application's migrations (SQL and Java) as the schema owner, and
 * dropped on {@link #close()}. The test works on it as the owner: no grants are made.
 */
public final class IsolatedDatabase implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final String schema;
    private final JdbcClient jdbc;
    private final DataSourceTransactionManager transactions;

    private IsolatedDatabase(SingleConnectionDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new DataSourceTransactionManager(dataSource);
    }

    /** Creates and migrates the database; {@code javaMigrations} are the context's Java migrations. */
    public static IsolatedDatabase create(Environment env, List<JavaMigration> javaMigrations) {
        String url = env.getRequiredProperty("spring.datasource.url");
        String name = "isolated_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SingleConnectionDataSource ds;
        String schema = null;
        if (url.startsWith("jdbc:h2:")) {
            ds = new SingleConnectionDataSource("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "",
                    true);
        } else {
            String ownerUrl = env.getProperty("spring.flyway.url", url);
            String owner = env.getProperty("spring.flyway.user", "");
            String user = owner.isBlank() ? env.getProperty("spring.datasource.username", "") : owner;
            String password = owner.isBlank() ? env.getProperty("spring.datasource.password", "")
                    : env.getProperty("spring.flyway.password", "");
            schema = name;
            ds = new SingleConnectionDataSource(ownerUrl + (ownerUrl.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    user, password, true);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load().migrate();
        return new IsolatedDatabase(ds, schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public PlatformTransactionManager transactions() {
        return transactions;
    }

    @Override
    public void close() {
        // The one connection may have been left without auto-commit: the drop must not wait for a commit.
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not drop the isolated database", e);
        }
        dataSource.destroy();
    }
}
