package org.fazhi.normdocs.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gap-free registration serials per registering office and year. The office's row is locked for
 * the rest of the registering transaction, so concurrent registrations of the same office queue up
 * (also for the first registration of a year, when the counter row does not exist yet); the
 * counter row is created and advanced in that same transaction, so a rolled-back registration gives
 * its serial back: no gaps, no duplicates. Nothing runs in a second transaction, so a burst of
 * registrations never waits for a second connection from the pool.
 */
@Component
public class RegistrationCounter {

    private final JdbcClient jdbc;

    RegistrationCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next serial; call inside the registering transaction. */
    public int next(long registeringUnitId, int year) {
        int last = lockedLast(registeringUnitId, year);
        jdbc.sql("update registration_counter set last_serial = ? where registering_unit_id = ? and year_no = ?")
                .params(last + 1, registeringUnitId, year).update();
        return last + 1;
    }

    /** Raises the counter to at least {@code serial} (imported historical numbers). */
    public void atLeast(long registeringUnitId, int year, int serial) {
        lockedLast(registeringUnitId, year);
        jdbc.sql("update registration_counter set last_serial = ? where registering_unit_id = ? and year_no = ?"
                + " and last_serial < ?").params(serial, registeringUnitId, year, serial).update();
    }

    /** Locks the office, creates the year's counter row if needed, and reads its last serial. */
    private int lockedLast(long registeringUnitId, int year) {
        jdbc.sql("select unit_id from registering_office where unit_id = ? for update").param(registeringUnitId)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("no registering office " + registeringUnitId));
        var last = jdbc.sql("select last_serial from registration_counter where registering_unit_id = ?"
                + " and year_no = ? for update").params(registeringUnitId, year).query(Integer.class).optional();
        if (last.isPresent()) {
            return last.get();
        }
        jdbc.sql("insert into registration_counter (registering_unit_id, year_no, last_serial) values (?,?,0)")
                .params(registeringUnitId, year).update();
        return 0;
    }
}
