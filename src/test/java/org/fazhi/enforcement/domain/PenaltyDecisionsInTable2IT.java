package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.ProactiveDisclosureFigures;
import org.fazhi.disclosure.Table2Cell;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GI-07 Table 二 (条例第二十条第（六）项): the 行政处罚 and 行政强制 cells of the unit's annual report are counts of the
 * decisions its cases took in the year, by the case's kind; a case not yet decided is not counted; change one
 * record and the cells change.
 */
@FazhiIT
class PenaltyDecisionsInTable2IT extends EnforcementTestBase {

    @Autowired
    List<ProactiveDisclosureFigures> figures;
    @Autowired
    JdbcClient jdbc;

    private Map<Table2Cell, BigDecimal> table2(int year) {
        return figures.stream().filter(f -> f.cells().contains(Table2Cell.PENALTY_DECISIONS)).findFirst()
                .orElseThrow().figures(fx.unit(), year);
    }

    private EnforcementCase decided(String cause) {
        EnforcementCase c = open(cause);
        fine(c.id(), "2000");
        notice(c.id(), today());
        waive(c.id());
        return decide(c.id());
    }

    @Test
    void table2PenaltyAndCoercionCellsAreCountsOfTheYearsDecisionsByKind() {
        int year = today().getYear();
        decided("处罚决定甲");
        EnforcementCase second = decided("处罚决定乙");
        open("尚未决定");
        Map<Table2Cell, BigDecimal> t = table2(year);
        assertThat(t.get(Table2Cell.PENALTY_DECISIONS)).isEqualByComparingTo("2");
        assertThat(t.get(Table2Cell.COERCION_DECISIONS)).isEqualByComparingTo("0");
        assertThat(table2(year - 1).get(Table2Cell.PENALTY_DECISIONS)).isEqualByComparingTo("0");

        // change one record: a decision of a coercion case moves from one cell to the other
        jdbc.sql("update enforcement_case set kind = 'COERCION' where id = ?").param(second.id()).update();
        Map<Table2Cell, BigDecimal> after = table2(year);
        assertThat(after.get(Table2Cell.PENALTY_DECISIONS)).isEqualByComparingTo("1");
        assertThat(after.get(Table2Cell.COERCION_DECISIONS)).isEqualByComparingTo("1");
    }
}
