package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.disclosure.ProactiveDisclosureFigures;
import org.fazhi.disclosure.Table2Cell;
import org.fazhi.enforcement.ActionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enforcement cells of Table 二 of the disclosure annual report (条例第二十条第（六）项, 本年处理决定数量): the
 * decisions the unit's cases took in the year, 行政处罚 from the penalty cases and 行政强制 from the coercion
 * cases — every decision of the kind (给予处罚 or 采取措施, 不予处罚, 违法事实不能成立), counted by the day it was
 * decided.
 */
@Component
class DisclosureEnforcementFigures implements ProactiveDisclosureFigures {

    private static final Set<Table2Cell> CELLS = EnumSet.of(Table2Cell.PENALTY_DECISIONS, Table2Cell.COERCION_DECISIONS);

    private final JdbcClient jdbc;

    DisclosureEnforcementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Table2Cell> cells() {
        return CELLS;
    }

    @Override
    public Map<Table2Cell, BigDecimal> figures(long unitId, int year) {
        Map<Table2Cell, BigDecimal> out = new EnumMap<>(Table2Cell.class);
        out.put(Table2Cell.PENALTY_DECISIONS, decisions(unitId, year, ActionKind.PENALTY));
        out.put(Table2Cell.COERCION_DECISIONS, decisions(unitId, year, ActionKind.COERCION));
        return out;
    }

    private BigDecimal decisions(long unitId, int year, ActionKind kind) {
        return BigDecimal.valueOf(jdbc.sql("select count(*) from enforcement_case where unit_id = :unit and kind = :kind"
                + " and decided_on between :first and :last and outcome is not null").param("unit", unitId)
                .param("kind", kind.name()).param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31)).query(Long.class).single());
    }
}
