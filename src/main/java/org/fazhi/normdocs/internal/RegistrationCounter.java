package org.fazhi.normdocs.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free registration serials per registering office and year. The counter row is locked for the
 * rest of the registering transaction, so concurrent registrations queue up and a rolled-back
 * registration gives its serial back: no gaps, no duplicates.
 */
@Component
public class RegistrationCounter {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    RegistrationCounter(JdbcClient jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next serial; call inside the registering transaction. */
    public int next(long registeringUnitId, int year) {
        ensureRow(registeringUnitId, year);
        int last = jdbc.sql("select last_serial from registration_counter where registering_unit_id = ? and year_no = ?"
                + " for update").params(registeringUnitId, year).query(Integer.class).single();
        jdbc.sql("update registration_counter set last_serial = ? where registering_unit_id = ? and year_no = ?")
                .params(last + 1, registeringUnitId, year).update();
        return last + 1;
    }

    /** Raises the counter to at least {@code serial} (imported historical numbers). */
    public void atLeast(long registeringUnitId, int year, int serial) {
        ensureRow(registeringUnitId, year);
        jdbc.sql("update registration_counter set last_serial = ? where registering_unit_id = ? and year_no = ?"
                + " and last_serial < ?").params(serial, registeringUnitId, year, serial).update();
    }

    private void ensureRow(long registeringUnitId, int year) {
        boolean exists = jdbc.sql("select count(*) from registration_counter where registering_unit_id = ?"
                + " and year_no = ?").params(registeringUnitId, year).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            separate.executeWithoutResult(s -> jdbc.sql("insert into registration_counter (registering_unit_id,"
                    + " year_no, last_serial) values (?,?,0)").params(registeringUnitId, year).update());
        } catch (DataIntegrityViolationException raced) {
            // another transaction created the row first: fine; but if the row is still missing, the office
            // itself is not committed yet (registered in this very transaction): create the row here
            boolean created = jdbc.sql("select count(*) from registration_counter where registering_unit_id = ?"
                    + " and year_no = ?").params(registeringUnitId, year).query(Long.class).single() > 0;
            if (!created) {
                jdbc.sql("insert into registration_counter (registering_unit_id, year_no, last_serial) values (?,?,0)")
                        .params(registeringUnitId, year).update();
            }
        }
    }
}
