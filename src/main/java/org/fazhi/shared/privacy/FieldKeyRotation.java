package org.fazhi.shared.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the encrypted personal data readable and on the active key (SECURITY.md DC-02). At start-up
 * the sealed known value of every key version the database has seen must open with the configured
 * keys, or the application refuses to start (a lost or wrong key file); the active version's value is
 * sealed the first time. Nightly, once per cluster, every value of the declared {@link EncryptedColumn}s
 * that is under an older key version, or still in clear, is re-encrypted under the active one, a
 * bounded batch per transaction.
 */
@Component
@Order(0)
public class FieldKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FieldKeyRotation.class);
    static final String CHECK_COLUMN = "field_key_check.sealed";
    static final String KNOWN = "fazhi-field-key-check";
    private static final int BATCH = 500;

    private final FieldCipher cipher;
    private final JdbcClient jdbc;
    private final List<EncryptedColumn> columns;
    private final TransactionTemplate tx;
    private final Clock clock;

    FieldKeyRotation(FieldCipher cipher, JdbcClient jdbc, List<EncryptedColumn> columns,
            PlatformTransactionManager transactions, Clock clock) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.columns = columns;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        checkKeys();
    }

    /** Every key version sealed in the database opens; the active one is sealed if new. */
    public void checkKeys() {
        List<Check> checks = jdbc.sql("select version, sealed from field_key_check order by version")
                .query((rs, n) -> new Check(rs.getInt(1), rs.getString(2))).list();
        for (Check c : checks) {
            String opened;
            try {
                opened = cipher.decrypt(CHECK_COLUMN, c.sealed());
            } catch (IllegalStateException e) {
                throw new IllegalStateException("Field encryption key version " + c.version() + " is missing or is not"
                        + " the key the database's personal data was encrypted with: restore the field key file"
                        + " (fazhi.crypto.field-key-file) or FAZHI_FIELD_KEYS. " + e.getMessage(), e);
            }
            if (!KNOWN.equals(opened)) {
                throw new IllegalStateException("Field encryption key check of version " + c.version() + " failed");
            }
        }
        int active = cipher.activeVersion();
        if (checks.stream().noneMatch(c -> c.version() == active)) {
            jdbc.sql("insert into field_key_check (version, sealed, created_at) values (?, ?, ?)")
                    .params(active, cipher.encrypt(CHECK_COLUMN, KNOWN), OffsetDateTime.now(clock)).update();
        }
    }

    @Scheduled(cron = "${fazhi.crypto.rotation-cron:0 50 1 * * *}", zone = "${fazhi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "field-key-rotation", lockAtMostFor = "PT2H")
    void nightly() {
        int n = rotate();
        if (n > 0) {
            log.info("{} personal-data values re-encrypted under field key version {}", n, cipher.activeVersion());
        }
    }

    /** Re-encrypts every value not under the active key; returns how many were re-encrypted. */
    public int rotate() {
        int total = 0;
        String current = FieldCipher.PREFIX + cipher.activeVersion() + ":%";
        for (EncryptedColumn c : columns) {
            while (true) {
                Integer done = tx.execute(s -> {
                    List<Row> rows = jdbc.sql("select " + c.idColumn() + ", " + c.column() + " from " + c.table()
                            + " where " + c.column() + " is not null and " + c.column() + " not like ? order by "
                            + c.idColumn() + " limit " + BATCH).param(current)
                            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
                    for (Row r : rows) {
                        String sealed = cipher.encrypt(c.qualified(), cipher.decrypt(c.qualified(), r.value()));
                        jdbc.sql("update " + c.table() + " set " + c.column() + " = ? where " + c.idColumn()
                                + " = ? and " + c.column() + " = ?").params(sealed, r.id(), r.value()).update();
                    }
                    return rows.size();
                });
                total += done == null ? 0 : done;
                if (done == null || done < BATCH) {
                    break;
                }
            }
        }
        return total;
    }

    private record Check(int version, String sealed) {
    }

    private record Row(long id, String value) {
    }
}
