package org.fazhi.normdocs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.disclosure.ProactiveDisclosureFigures;
import org.fazhi.disclosure.Table2Cell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The normative documents' cells of Table 二 of the annual report (条例第二十条第（一）项 行政规范性文件), counted from
 * the unit's own documents: 本年制发 published in the year, 本年废止 repealed in the year, 现行有效 published by
 * the year's end and still in force then (current or amended, not repealed or expired by then).
 */
@Component
class NormdocsDisclosureFigures implements ProactiveDisclosureFigures {

    private static final Set<Table2Cell> CELLS = EnumSet.of(Table2Cell.NORMDOCS_ISSUED, Table2Cell.NORMDOCS_REPEALED,
            Table2Cell.NORMDOCS_IN_FORCE);

    private final JdbcClient jdbc;

    NormdocsDisclosureFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Table2Cell> cells() {
        return CELLS;
    }

    @Override
    public Map<Table2Cell, BigDecimal> figures(long unitId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Table2Cell, BigDecimal> out = new EnumMap<>(Table2Cell.class);
        out.put(Table2Cell.NORMDOCS_ISSUED, count("status = 'PUBLISHED' and publication_date between :first and :last",
                unitId, first, last));
        out.put(Table2Cell.NORMDOCS_REPEALED, count("status = 'PUBLISHED' and validity = 'REPEALED'"
                + " and validity_changed_on between :first and :last", unitId, first, last));
        out.put(Table2Cell.NORMDOCS_IN_FORCE, count("status = 'PUBLISHED' and publication_date <= :last"
                + " and (validity in ('CURRENT', 'AMENDED') or validity_changed_on > :last)"
                + " and (expiry_date is null or expiry_date > :last)", unitId, first, last));
        return out;
    }

    private BigDecimal count(String where, long unitId, LocalDate first, LocalDate last) {
        return BigDecimal.valueOf(jdbc.sql("select count(*) from normative_document where unit_id = :unit and " + where)
                .param("unit", unitId).param("first", first).param("last", last).query(Long.class).single());
    }
}
