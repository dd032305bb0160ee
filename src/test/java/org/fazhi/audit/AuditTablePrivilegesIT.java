package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the application's own database role may only insert into and read the audit tables
 * (SECURITY.md AUD-03): an UPDATE, DELETE or TRUNCATE of an audit entry or link, as the role the
 * application runs as, is refused by the database with "permission denied", while the same role
 * writes entries and business rows as usual. Runs in the PostgreSQL pass of the build when Flyway
 * migrates as a separate owner (FAZHI_TEST_PG_OWNER, set by .ci/run); skipped on H2.
 */
@FazhiIT
class AuditTablePrivilegesIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${spring.flyway.user:}")
    String owner;
    @Value("${spring.datasource.username:}")
    String app;

    @BeforeEach
    void onPostgreSqlWithASeparateOwner() {
        assumeThat(System.getProperty("fazhi.it.database")).isEqualTo("postgresql");
        assumeThat(owner).isNotBlank().isNotEqualTo(app);
    }

    private long anEntry() {
        String marker = "privileges-" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(
                s -> audit.action("privilege-test", marker, "probe", Map.of("marker", marker)));
        return jdbc.sql("select max(seq) from audit_event where entity_id = ?").param(marker).query(Long.class)
                .single();
    }

    private static void refused(Runnable statement) {
        assertThatThrownBy(statement::run).isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause())
                        .isInstanceOf(SQLException.class)
                        .extracting(c -> ((SQLException) c).getSQLState()).isEqualTo("42501"));
    }

    @Test
    void theApplicationsRoleCannotUpdateDeleteOrTruncateTheAuditLog() {
        long seq = anEntry();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(app);
        refused(() -> jdbc.sql("update audit_event set actor_name = 'mallory' where seq = ?").param(seq).update());
        refused(() -> jdbc.sql("delete from audit_event where seq = ?").param(seq).update());
        refused(() -> jdbc.sql("truncate audit_event").update());
        refused(() -> jdbc.sql("update audit_chain set mac = prev_mac").update());
        refused(() -> jdbc.sql("delete from audit_chain").update());
        refused(() -> jdbc.sql("delete from audit_checkpoint").update());
        assertThat(jdbc.sql("select actor_name from audit_event where seq = ?").param(seq).query(String.class).single())
                .isNotEqualTo("mallory");
    }

    @Test
    void theApplicationsRoleCannotCreateTablesOrTouchTheMigrationHistory() {
        refused(() -> jdbc.sql("create table intruder (id integer)").update());
        refused(() -> jdbc.sql("delete from flyway_schema_history").update());
    }

    @Test
    void theApplicationsRoleStillWritesEntriesAndBusinessRows() {
        assertThat(anEntry()).isPositive();
        String name = "privileges-" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, current_timestamp,"
                + " current_timestamp, 'test')").param(name).update()).isOne();
        assertThat(jdbc.sql("delete from shedlock where name = ?").param(name).update()).isOne();
    }
}
