package org.fazhi.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gap-free case and decision numbers per agency, year and series ("立" for cases, "决" for
 * decisions). The agency's row is locked for the rest of the transaction, so concurrent openings of
 * one agency queue up (also for the first of a year, when the counter row does not exist yet); a
 * rolled-back step gives its serial back.
 */
@Component
public class CaseCounter {

    /** The series of case numbers. */
    public static final String CASES = "CASE";
    /** The series of decision numbers. */
    public static final String DECISIONS = "DECISION";

    private final JdbcClient jdbc;

    CaseCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(long agencyId, int year, String series) {
        jdbc.sql("select id from enforcement_agency where id = ? for update").param(agencyId).query(Long.class)
                .single();
        var last = jdbc.sql("select last_serial from case_counter where agency_id = ? and year_no = ? and series = ?"
                + " for update").params(agencyId, year, series).query(Integer.class).optional();
        if (last.isEmpty()) {
            jdbc.sql("insert into case_counter (agency_id, year_no, series, last_serial) values (?,?,?,1)")
                    .params(agencyId, year, series).update();
            return 1;
        }
        jdbc.sql("update case_counter set last_serial = ? where agency_id = ? and year_no = ? and series = ?")
                .params(last.get() + 1, agencyId, year, series).update();
        return last.get() + 1;
    }

    /** "示综执立〔2025〕12号" / "示综执罚决〔2025〕7号". */
    public static String format(String prefix, String series, int year, int serial) {
        return prefix + (CASES.equals(series) ? "立" : "决") + "〔" + year + "〕" + serial + "号";
    }
}
